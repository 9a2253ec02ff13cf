package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract the index and query code rely on. */
class LanguageAnalyzersTest {
    private static LanguageAnalyzers analyzers;

    @BeforeAll
    static void open() {
        analyzers = new LanguageAnalyzers();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "ru,ru",
                "ru-RU,ru",
                "RUS,ru",
                "en_GB,en",
                "kaz,kk",
                "ky,ky",
                "uz-Latn,uz",
                "de,und",
                "null,und",
                "'',und"
            },
            nullValues = "null")
    void languageCodesAreCanonical(String code, String canonical) {
        assertThat(LanguageAnalyzers.canonical(code)).isEqualTo(canonical);
        assertThat(analyzers.forLanguage(code)).isSameAs(analyzers.forLanguage(canonical));
    }

    @Test
    void unknownLanguagesGetFoldedUnstemmedForms() {
        assertThat(Terms.of(analyzers.forLanguage("de"), "Häuser ЁЖИК")).containsExactly("häuser", "ежик");
    }

    @Test
    void englishKeepsEveryWordAndStemsLightly() {
        Analyzer en = analyzers.forLanguage("en");
        assertThat(Terms.of(en, "I never said they were not leaving the years"))
                .containsExactly("i", "never", "say", "they", "be", "not", "leave", "the", "year");
    }

    @Test
    void aTurkicStemOrInfinitiveFindsItsInflections() {
        assertThat(finds("kk", "үй", "үйінде")).isTrue();
        assertThat(finds("ky", "шаар", "шаарында")).isTrue();
        assertThat(finds("kk", "мен", "маған")).isTrue();
        assertThat(finds("uz", "qil", "qilganini")).isTrue();
        assertThat(finds("uz", "qilmoq", "qilganini")).isTrue();
    }

    /** Whether the query word shares a term with the indexed word, as a search does. */
    private static boolean finds(String lang, String query, String indexed) {
        return !java.util.Collections.disjoint(
                Terms.ofWord(analyzers.forQuery(lang), query), Terms.ofWord(analyzers.forLanguage(lang), indexed));
    }

    @Test
    void valuesOfAMultiValuedFieldAreFarApartSoPhrasesNeverSpanTurns() {
        for (String lang : LanguageAnalyzers.LANGUAGES) {
            assertThat(analyzers.forLanguage(lang).getPositionIncrementGap("text"))
                    .isGreaterThanOrEqualTo(100);
        }
        assertThat(analyzers.exact().getPositionIncrementGap("exact")).isGreaterThanOrEqualTo(100);
    }

    @Test
    void wildcardTermsAreFoldedButNotStemmed() {
        assertThat(analyzers.forLanguage("ru").normalize("text", "РелокантОВ").utf8ToString())
                .isEqualTo("релокантов");
        assertThat(analyzers.forLanguage("uz").normalize("text", "O'zb").utf8ToString())
                .isEqualTo("oʻzb");
        assertThat(analyzers.exact().normalize("exact", "Ещё").utf8ToString()).isEqualTo("еще");
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResult() throws Exception {
        String text = "Люди шли на границу, потому что нельзя было остаться. Релокантов стало больше, ещё и ещё.";
        Analyzer ru = analyzers.forLanguage("ru");
        List<String> expected = Terms.of(ru, text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        if (!Terms.of(ru, text).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void stackedLemmasDoNotAdvanceThePosition() throws Exception {
        int positions = 0;
        try (TokenStream ts = analyzers.forLanguage("ru").tokenStream("text", "стали лет")) {
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                positions += inc.getPositionIncrement();
            }
            ts.end();
        }
        assertThat(positions).isEqualTo(2);
    }
}
