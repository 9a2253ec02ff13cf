package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of the search issue (#18): which word forms a query word finds, with the query-side analyzer against
 * the index-side one, as the search does.
 */
class QueryFormsTest {
    private static LanguageAnalyzers analyzers;

    @BeforeAll
    static void open() {
        analyzers = new LanguageAnalyzers();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    private static boolean finds(String lang, String query, String form) {
        return !Collections.disjoint(
                Terms.ofWord(analyzers.forQuery(lang), query), Terms.ofWord(analyzers.forLanguage(lang), form));
    }

    @ParameterizedTest(name = "{0}: {1} finds {2}")
    @CsvSource({
        // Kazakh verb жаса "do, make": past, converb, participle, negated present; stem or infinitive typed
        "kk,жаса,жасады",
        "kk,жаса,жасап",
        "kk,жаса,жасаған",
        "kk,жаса,жасамайды",
        "kk,жаса,жасайды",
        "kk,жасал,жасалған", // the passive is a verb of its own (the Hunspell verb list has жасалу)
        "kk,жасау,жасады",
        "kk,жасау,жасап",
        "kk,жасау,жасамайды",
        "kk,сөйлеу,сөйледі",
        "kk,сөйлеу,сөйлейді",
        "kk,оқу,оқыды",
        "kk,қорға,қорғады",
        "kk,қорға,қорғау",
        // nouns with possessive and case stacked, and consonant alternation before a vowel
        "kk,әулет,әулеті",
        "kk,әулет,әулетінің",
        "kk,әулет,әулетіне",
        "kk,әулет,әулетінде",
        "kk,облыс,облысы",
        "kk,облыс,облысында",
        "kk,облыс,облыстың",
        "kk,облыс,облыстарда",
        "kk,кітап,кітабы",
        "kk,жас,жастар",
        // Kyrgyz: the infinitive in -оо/-үү and the noun облус with possessive + case
        "ky,жаса,жасады",
        "ky,жасоо,жасады",
        "ky,келүү,келди",
        "ky,облус,облусунда",
        "ky,облус,облустун",
        // Uzbek infinitive
        "uz,bo'lmoq,bo'ldi",
        // Russian: a headword finds its own forms; infinitives; ё = е
        "ru,бывший,бывшая",
        "ru,бывший,бывшего",
        "ru,бывший,бывшие",
        "ru,больший,большего",
        "ru,самый,самая",
        "ru,самый,самого",
        "ru,быть,была",
        "ru,работать,работала",
        "ru,ещё,еще",
        "ru,всё,все",
        "ru,ждать,ждём",
    })
    void findsTheFormsOfTheWord(String lang, String query, String form) {
        assertThat(finds(lang, query, form)).as(query + " finds " + form).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1} does not find {2}")
    @CsvSource({
        "kk,жас,жасады", // young ≠ do
        "kk,жас,жасап",
        "kk,жас,жасамайды",
        "kk,жаса,жастар",
        "kk,қорға,қорқады", // protect ≠ fear
        "kk,қорға,қорқып",
        // a known verb stops the suffix chain (docs/search-quality.md): the passive and the postposition are words of
        // their own, as UD lemmatizes them
        "kk,жаса,жасалған",
        "kk,қара,қарата",
        "ky,бер,берилди",
        // ky жаш "young" / жаша "live": the one-letter present -а makes them meet (docs/search-quality.md)
        "ru,бывший,была",
        "ru,бывший,будет",
        "ru,бывший,есть",
        "ru,больший,большой",
        "ru,самый,сам",
    })
    void doesNotFindOtherWords(String lang, String query, String form) {
        assertThat(finds(lang, query, form))
                .as(query + " does not find " + form)
                .isFalse();
    }

    @ParameterizedTest(name = "ru: {0} at index time still has the lemma {1} (wide: finds it)")
    @CsvSource({"бывший,быть", "была,быть", "стали,стать", "стали,сталь"})
    void theIndexKeepsEveryLemma(String form, String lemma) {
        assertThat(Terms.ofWord(analyzers.forLanguage("ru"), form)).contains(lemma);
    }
}
