package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.caravanqda.UdText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokenized once or twice, a text value's two fields get the same postings (TapedFields). */
class TapedFieldsTest {
    private final TextAnalyzers analyzers = new TextAnalyzers();

    @ParameterizedTest
    @CsvSource({
        "ru,ru_taiga-ud-test.conllu",
        "en,en_ewt-ud-test.conllu",
        "kk,kk_ktb-ud-test.conllu",
        "ky,ky_ktmu-ud-test.conllu",
        "uz,uz_ut-ud-test.conllu",
        "de,en_gum-interviews.conllu"
    })
    void thePostingsOfRealTurnsAreTheSameTokenizedOnce(String lang, String file) throws IOException {
        List<String> turns = UdText.turns(file);
        String text = IndexSchema.textField(lang);
        assertThat(tokenizedOnce(lang, turns)).hasSizeGreaterThan(1_000).isEqualTo(tokenizedTwice(lang, turns));
    }

    @Test
    void thePostingsOfAWrittenSampleAreTheSameTokenizedOnce() throws IOException {
        List<String> turns = List.of(
                "Ёжик в тума\u0301не — https://t.me/relocation_kz, o‘zbek didn’t до\u00ADма",
                "",
                "   ",
                "Мы уехали в 2022-м году: «стали» жить в Алматы. Ол Алматыға көшті. Мен Бишкекке бардым.");
        for (String lang : List.of("ru", "en", "kk", "ky", "uz", "de")) {
            assertThat(tokenizedOnce(lang, turns))
                    .as(lang)
                    .hasSizeGreaterThan(10)
                    .isEqualTo(tokenizedTwice(lang, turns));
        }
    }

    private List<String> tokenizedOnce(String lang, List<String> turns) throws IOException {
        String text = IndexSchema.textField(lang);
        List<Field> exact = new ArrayList<>();
        List<String> postings = postings(text, turns, v -> {
            Field[] pair = TapedFields.of(
                    text, IndexSchema.EXACT, v, LuceneDocuments.TEXT_STORED, LuceneDocuments.TEXT_UNSTORED);
            exact.add(pair[1]);
            return pair;
        });
        // English (its possessive step) and Uzbek (a char filter first) analyse exact on their own
        boolean recorded = !List.of("en", "uz").contains(lang);
        assertThat(exact.stream().filter(TapedFields::playedFromTape).count())
                .as(lang + ": exact fields played from the tape")
                .isEqualTo(recorded ? turns.size() : 0);
        return postings;
    }

    private List<String> tokenizedTwice(String lang, List<String> turns) throws IOException {
        String text = IndexSchema.textField(lang);
        return postings(text, turns, v -> new Field[] {
            new Field(text, v, LuceneDocuments.TEXT_STORED),
            new Field(IndexSchema.EXACT, v, LuceneDocuments.TEXT_UNSTORED)
        });
    }

    /** Every term of both fields with each document, frequency and position it has. */
    private List<String> postings(String text, List<String> turns, Function<String, Field[]> fields)
            throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new FieldAnalyzer(analyzers)))) {
                for (String turn : turns) {
                    Document d = new Document();
                    for (Field f : fields.apply(turn)) {
                        d.add(f);
                    }
                    w.addDocument(d);
                }
            }
            List<String> out = new ArrayList<>();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                for (String field : List.of(text, IndexSchema.EXACT)) {
                    Terms terms = MultiTerms.getTerms(r, field);
                    TermsEnum te = terms.iterator();
                    while (te.next() != null) {
                        PostingsEnum p = te.postings(null, PostingsEnum.POSITIONS);
                        StringBuilder b =
                                new StringBuilder(field + ":" + te.term().utf8ToString());
                        while (p.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                            b.append(' ')
                                    .append(p.docID())
                                    .append('x')
                                    .append(p.freq())
                                    .append('@');
                            for (int i = 0; i < p.freq(); i++) {
                                b.append(p.nextPosition()).append(',');
                            }
                        }
                        out.add(b.toString());
                    }
                }
            }
            return out;
        }
    }
}
