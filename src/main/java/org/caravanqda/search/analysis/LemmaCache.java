package org.caravanqda.search.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Word form → lemmas, shared by every thread analysing Russian with one {@link LanguageAnalyzers}. Each token stream
 * keeps a small cache of its own in front of this one; shared, a vocabulary is looked up in the dictionary once per
 * import rather than once per indexing thread and again after each small cache fills. Bounded: when full it starts
 * over, which costs a few lookups and never memory (about 100 bytes an entry).
 */
final class LemmaCache {
    static final int LIMIT = 100_000;
    private final Map<String, String[]> lemmas = new ConcurrentHashMap<>();

    String[] get(String form, Function<String, String[]> analysis) {
        String[] found = lemmas.get(form);
        if (found == null) {
            found = analysis.apply(form);
            if (lemmas.size() >= LIMIT) {
                lemmas.clear();
            }
            lemmas.put(form, found);
        }
        return found;
    }

    int size() {
        return lemmas.size();
    }
}
