package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.caravanqda.UdText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code text:} expanded to the languages an index holds finds exactly what the expansion to every language found,
 * with the same scores, and never analyses a word for the others (whose lexicons a command-line search then need
 * not load); real Russian and English sentences from ../shared.
 */
class TextExpansionTest {
    private static final TextAnalyzers ANALYZERS = new TextAnalyzers();
    private static final List<Directory> DIRS = new ArrayList<>();
    private static DirectoryReader russianAndEnglish;

    @BeforeAll
    static void index() throws IOException {
        List<String> ru = UdText.turns("ru_taiga-ud-test.conllu");
        List<String> en = UdText.turns("en_ewt-ud-test.conllu");
        russianAndEnglish = index(Map.of("ru", ru, "en", en));
    }

    private static DirectoryReader index(Map<String, List<String>> byLanguage) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        DIRS.add(dir);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new FieldAnalyzer(ANALYZERS)))) {
            for (String lang : new TreeSet<>(byLanguage.keySet())) {
                for (String turn : byLanguage.get(lang)) {
                    Document d = new Document();
                    d.add(new Field(IndexSchema.textField(lang), turn, LuceneDocuments.TEXT_STORED));
                    d.add(new Field(IndexSchema.EXACT, turn, LuceneDocuments.TEXT_UNSTORED));
                    w.addDocument(d);
                }
            }
        }
        return DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        if (russianAndEnglish != null) { // null where ../shared is absent and the class was skipped
            russianAndEnglish.close();
        }
        for (Directory d : DIRS) {
            d.close();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "уехать",
                "человек",
                "\"в этом году\"",
                "work*",
                "govern*",
                "рабо?а",
                "people~1",
                "/город[аео]?/",
                "wide:стали",
                "people AND NOT government",
                "exact:people OR time",
                "и OR года"
            })
    void theLanguagesHeldFindWhatEveryLanguageFound(String query) throws Exception {
        Query held = parse(query, List.of("ru", "en"));

        assertThat(hits(russianAndEnglish, held))
                .isEqualTo(hits(russianAndEnglish, parse(query, IndexSchema.LANGUAGES)));
        assertThat(DocumentScope.fieldsOf(held))
                .as("fields analysed for " + query)
                .doesNotContain("text.kk", "text.ky", "text.uz");
    }

    /**
     * Caravan's analyzers keep every word, so a word's analysis comes out empty in all languages or in none; where
     * one language dropped a word (a stop list) the expansion falls back to every language, so an AND still needs
     * it as before instead of losing it. Shown with English's stop list on the English field.
     */
    @ParameterizedTest
    @ValueSource(strings = {"the AND people", "people AND (the OR a)", "the"})
    void aWordEveryLanguageHeldDropsKeepsItsClauseOverEveryLanguage(String query) throws Exception {
        Analyzer stopping = new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(), Map.of(IndexSchema.textField("en"), new EnglishAnalyzer()));
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(stopping))) {
                for (String turn : UdText.turns("en_ewt-ud-test.conllu")) {
                    Document d = new Document();
                    d.add(new Field(IndexSchema.textField("en"), turn, LuceneDocuments.TEXT_STORED));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Query everywhere = new CaravanQueryParser(stopping, Map.of()).parse(query);
                Query held = new CaravanQueryParser(stopping, Map.of())
                        .expandingTo(List.of("en"))
                        .parse(query);

                assertThat(hits(reader, held)).isEqualTo(hits(reader, everywhere));
                assertThat(DocumentScope.fieldsOf(held))
                        .as("the stop word's clause, over the other languages")
                        .contains("text.ru");
            }
        }
    }

    private static Query parse(String query, List<String> languages) throws Exception {
        return new CaravanQueryParser(new FieldAnalyzer(ANALYZERS), Map.of())
                .expandingTo(languages)
                .parse(query);
    }

    /** Document, score: the scores must match exactly, not only the documents. */
    private static List<String> hits(DirectoryReader reader, Query q) throws IOException {
        TopDocs top = new IndexSearcher(reader).search(q, 50);
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc + "=" + sd.score);
        }
        out.add("total " + top.totalHits.value);
        return out;
    }
}
