package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ё/е and the Uzbek apostrophe letters fold to one form, identically at index and query time. */
class FoldingTest {
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
    @ValueSource(strings = {"ru", "kk", "ky", "und"})
    void yoFoldsToYe(String lang) {
        Analyzer a = analyzers.forLanguage(lang);
        assertThat(Terms.of(a, "ещё Ёлка пришёл")).isEqualTo(Terms.of(a, "еще Елка пришел"));
        assertThat(Terms.of(a, "ещё").toString()).doesNotContain("ё");
    }

    @Test
    void exactFieldFoldsCaseAndYoButDoesNotStem() {
        Analyzer exact = analyzers.exact();
        assertThat(Terms.of(exact, "Релокантов ЕЩЁ ещё")).containsExactly("релокантов", "еще", "еще");
        assertThat(Terms.of(exact, "e\u0308 Е\u0308лка моя\u0301 по\u00ADка"))
                .containsExactly("e\u0308", "елка", "моя", "пока");
    }

    @ParameterizedTest
    @ValueSource(strings = {"o'zbek", "o‘zbek", "oʻzbek", "oʼzbek", "o’zbek", "O'ZBEK"})
    void uzbekApostrophesFindEachOther(String variant) {
        for (Analyzer a :
                new Analyzer[] {analyzers.forLanguage("uz"), analyzers.exact(), analyzers.forLanguage("ru")}) {
            assertThat(Terms.of(a, variant + " tilida")).hasSize(2);
            assertThat(Terms.of(a, variant)).isEqualTo(Terms.of(a, "oʻzbek"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"g'alaba", "g‘alaba", "gʻalaba", "gʼalaba", "g’alaba", "g`alaba"})
    void uzbekGApostropheFindsEachOther(String variant) {
        Analyzer uz = analyzers.forLanguage("uz");
        assertThat(Terms.of(uz, variant)).isEqualTo(Terms.of(uz, "gʻalaba"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tog'", "tog‘", "togʼ", "tog’", "tog`"})
    void wordFinalUzbekLetterKeepsItsApostrophe(String variant) {
        Analyzer uz = analyzers.forLanguage("uz");
        assertThat(Terms.of(uz, "baland " + variant + " bor")).isEqualTo(Terms.of(uz, "baland togʻ bor"));
    }

    /**
     * Both UAX#29 tokenizers (ours and Lucene's StandardTokenizer) keep these variants inside the word. A backtick
     * (g`alaba) splits the word: only the Uzbek analyzer's char filter joins it, after o and g.
     */
    @Test
    void theTokenizerKeepsEveryApostropheVariantInsideAWord() {
        try (Analyzer standard = new StandardAnalyzer(CharArraySet.EMPTY_SET)) {
            for (Analyzer a : new Analyzer[] {analyzers.forLanguage("und"), standard}) {
                for (String v : new String[] {"o'zbek", "o‘zbek", "oʻzbek", "oʼzbek", "o’zbek", "ma'no", "san’at"}) {
                    assertThat(Terms.of(a, v)).as(v).hasSize(1);
                }
            }
        }
    }

    @Test
    void englishQuotesAreNotTurnedIntoUzbekLetters() {
        Analyzer exact = analyzers.exact();
        assertThat(Terms.of(exact, "the 'radio' and 'going'")).containsExactly("the", "radio", "and", "going");
        assertThat(Terms.of(analyzers.forLanguage("en"), "John's job")).containsExactly("john", "job");
    }
}
