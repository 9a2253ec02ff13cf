package org.caravanqda.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples from the literature, reproduced exactly. */
class PublishedExamplesTest {
    private static final int M = Ratings.MISSING;

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
     * Communication, University of Pennsylvania. Example C: four observers, twelve units, values
     * 1..5, missing values; nominal alpha = 0.743.
     */
    @Test
    void krippendorff2011FourObserversTwelveUnitsWithMissingValues() {
        int[][] byObserver = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
            {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
        };
        Ratings r = new Ratings(4, 5);
        for (int u = 0; u < 12; u++) {
            int[] values = new int[4];
            for (int o = 0; o < 4; o++) {
                values[o] = byObserver[o][u] == 0 ? M : byObserver[o][u] - 1; // values 1..5 -> categories 0..4
            }
            r.add(values, 1);
        }
        AgreementResult a = AgreementStatistics.of(r);
        assertThat(a.krippendorffAlpha()).isCloseTo(0.743, within(0.0005));
        assertThat(a.units())
                .as("unit 12 has one value only and is not pairable")
                .isEqualTo(11);
        assertThat(a.cohenKappa()).isNull();
        assertThat(a.notes()).anyMatch(n -> n.contains("Cohen's kappa is defined for two coders"));
    }

    /** Same paper, example A: two observers, binary data, ten units; alpha = 0.095. */
    @Test
    void krippendorff2011TwoObserversBinary() {
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        Ratings r = new Ratings(2, 2);
        for (int u = 0; u < a.length; u++) {
            r.add(new int[] {a[u], b[u]}, 1);
        }
        AgreementResult s = AgreementStatistics.of(r);
        // alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / (14 * 6)
        assertThat(s.krippendorffAlpha())
                .isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12))
                .isCloseTo(0.095, within(0.0005));
        assertThat(s.agreement()).isEqualTo(0.6);
    }

    /**
     * The classic 2x2 example of Wikipedia's "Cohen's kappa" article (50 proposals, two readers):
     * both yes 20, A yes B no 5, A no B yes 10, both no 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    @Test
    void cohensKappaWikipediaTwoByTwo() {
        Ratings r = new Ratings(2, 2);
        r.add(new int[] {1, 1}, 20);
        r.add(new int[] {1, 0}, 5);
        r.add(new int[] {0, 1}, 10);
        r.add(new int[] {0, 0}, 15);
        AgreementResult s = AgreementStatistics.of(r);
        assertThat(s.units()).isEqualTo(50);
        assertThat(s.agreement()).isCloseTo(0.7, within(1e-12));
        assertThat(s.cohenKappa()).isCloseTo(0.4, within(1e-12));
        assertThat(s.brennanPredigerKappa()).isCloseTo(0.4, within(1e-12)); // (0.7 - 1/2) / (1 - 1/2)
    }

    /**
     * NVivo's documented character example ("Run a coding comparison query"): a source of 1,000
     * characters, 50 coded by both users, 150 by only one, 800 by neither: agreement
     * (50 + 800) / 1000 = 85%. Kappa, with the 150 all from one user, by hand: p_e = 0.2 * 0.05 +
     * 0.8 * 0.95 = 0.77, kappa = (0.85 - 0.77) / 0.23.
     */
    @Test
    void nvivoCharacterExample() {
        List<Mark> marks = List.of(new Mark(0, 0, 100, 300), new Mark(1, 0, 250, 300));
        ComparedDocument doc = new ComparedDocument("source", 1000, null, new boolean[] {true, true}, marks);
        AgreementTables t = AgreementAnalysis.compute(List.of(doc), 2, 1, false);
        AgreementResult s = AgreementStatistics.of(t.rows().get(0));
        assertThat(s.units()).isEqualTo(1000);
        assertThat(s.agreement()).isCloseTo(0.85, within(1e-12));
        assertThat(s.cohenKappa()).isCloseTo((0.85 - 0.77) / 0.23, within(1e-12));
        CohenTable table = CohenTable.of(t.rows().get(0));
        assertThat(table.cell(1, 1)).isEqualTo(50);
        assertThat(table.cell(1, 0) + table.cell(0, 1)).isEqualTo(150);
        assertThat(table.cell(0, 0)).isEqualTo(800);
    }
}
