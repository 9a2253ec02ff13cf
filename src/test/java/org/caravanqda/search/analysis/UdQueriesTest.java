package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-query measure of the search issue (#18) on the TUNING splits (train/dev), against the figures recorded in
 * docs/search-quality.md; the test-split figures are measured and appended to target/ud-quality-measured.txt, not
 * asserted here (they are reported, never tuned on). Skips when ../shared/corpus/ud is absent.
 */
class UdQueriesTest {
    private static final double TOLERANCE = 0.003;
    /** Tuning-split recall and precision per query, as recorded in docs/search-quality.md. */
    private static final Map<String, double[]> RECORDED = Map.of(
            "ru", new double[] {0.985, 0.959},
            "en", new double[] {0.893, 0.985},
            "kk", new double[] {0.972, 1.000},
            "ky", new double[] {0.906, 0.913},
            "uz", new double[] {0.954, 0.715});

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
    @EnumSource(UdCorpora.class)
    void tuningSplitsKeepTheRecordedPerQueryFigures(UdCorpora corpus) {
        UdQueries.Scores s = UdQueries.measure(
                analyzers.forLanguage(corpus.lang),
                analyzers.forQuery(corpus.lang),
                UdTreebank.sentenceTokens(corpus.tuning));
        UdQueries.Scores t = UdQueries.measure(
                analyzers.forLanguage(corpus.lang),
                analyzers.forQuery(corpus.lang),
                UdTreebank.sentenceTokens(corpus.test));
        String measured = String.format(
                "%s per query: tuning recall %.3f precision %.3f (%d queries); test recall %.3f precision %.3f (%d)",
                corpus.lang, s.recall(), s.precision(), s.queries(), t.recall(), t.precision(), t.queries());
        UdQualityRecord.report(measured);
        double[] recorded = RECORDED.get(corpus.lang);
        assertThat(s.recall()).as(measured).isGreaterThanOrEqualTo(recorded[0] - TOLERANCE);
        assertThat(s.precision()).as(measured).isGreaterThanOrEqualTo(recorded[1] - TOLERANCE);
    }

    /**
     * The targets of issue #18 on the tuning splits: Kazakh and Kyrgyz recall and precision 0.85, Uzbek recall 0.95
     * (UzUDT train's lemma conventions keep its precision low: the Uzbek precision target is met on UT test, see
     * docs/search-quality.md).
     */
    @ParameterizedTest
    @EnumSource(
            value = UdCorpora.class,
            names = {"KK", "KY", "UZ"})
    void turkicTuningSplitsMeetTheIssueTargets(UdCorpora corpus) {
        UdQueries.Scores s = UdQueries.measure(
                analyzers.forLanguage(corpus.lang),
                analyzers.forQuery(corpus.lang),
                UdTreebank.sentenceTokens(corpus.tuning));
        String measured = String.format("%s recall %.3f precision %.3f", corpus.lang, s.recall(), s.precision());
        if (corpus.lang.equals("uz")) {
            assertThat(s.recall()).as(measured).isGreaterThanOrEqualTo(0.95);
        } else {
            assertThat(s.recall()).as(measured).isGreaterThanOrEqualTo(0.85);
            assertThat(s.precision()).as(measured).isGreaterThanOrEqualTo(0.85);
        }
    }

    /** Russian headword queries no longer find the forms of another lemma the word also belongs to. */
    @ParameterizedTest
    @EnumSource(
            value = UdCorpora.class,
            names = {"RU"})
    void russianPrecisionPerQueryMeetsTheTarget(UdCorpora corpus) {
        UdQueries.Scores s = UdQueries.measure(
                analyzers.forLanguage(corpus.lang),
                analyzers.forQuery(corpus.lang),
                UdTreebank.sentenceTokens(corpus.tuning));
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
    }
}
