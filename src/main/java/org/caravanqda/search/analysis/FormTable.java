package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * A closed-class table of forms no suffix rule can reach (suppletion, pronoun paradigms, irregular verbs:
 * was → be, them → they, оның → ол). Resource format: one paradigm per line, "lemma: form form ...", written from
 * grammar, not fitted to test data. Table words skip the stemmer that follows. The map is immutable and shared.
 */
final class FormTable {
    private final StemmerOverrideMap map;

    private FormTable(StemmerOverrideMap map) {
        this.map = map;
    }

    static FormTable read(String resource) {
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        for (String line : SuffixStripper.readLines(resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(resource + ": no 'lemma:' in " + line);
            }
            String lemma = line.substring(0, colon).strip();
            b.add(lemma, lemma);
            for (String form : line.substring(colon + 1).strip().split("\\s+")) {
                if (!form.isEmpty()) {
                    b.add(form, lemma);
                }
            }
        }
        try {
            return new FormTable(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TokenStream apply(TokenStream in) {
        return new StemmerOverrideFilter(in, map);
    }
}
