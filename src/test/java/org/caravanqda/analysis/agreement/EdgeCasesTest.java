package org.caravanqda.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every degenerate case has a defined answer: a number, or null with a note; never NaN. */
class EdgeCasesTest {
    private static final boolean[] BOTH = {true, true};

    private static AgreementResult characters(int length, Mark... marks) {
        ComparedDocument doc = new ComparedDocument("d", length, null, BOTH, List.of(marks));
        return AgreementStatistics.of(
                AgreementAnalysis.compute(List.of(doc), 2, 1, false).rows().get(0));
    }

    @Test
    void neitherCoderUsesTheCode() {
        AgreementResult s = characters(1000);
        assertThat(s.units()).isEqualTo(1000);
        assertThat(s.agreement()).isEqualTo(1.0);
        assertThat(s.brennanPredigerKappa()).isEqualTo(1.0);
        assertThat(s.cohenKappa()).isNull();
        assertThat(s.krippendorffAlpha()).isNull();
        assertThat(s.notes()).anyMatch(n -> n.startsWith("no variation"));
    }

    @Test
    void totalAgreement() {
        AgreementResult s = characters(1000, new Mark(0, 0, 10, 90), new Mark(1, 0, 10, 50), new Mark(1, 0, 50, 90));
        assertThat(s.agreement()).isEqualTo(1.0);
        assertThat(s.cohenKappa()).isEqualTo(1.0);
        assertThat(s.brennanPredigerKappa()).isEqualTo(1.0);
        assertThat(s.krippendorffAlpha()).isEqualTo(1.0);
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void bothCodersCodeEverything() {
        AgreementResult s = characters(100, new Mark(0, 0, 0, 100), new Mark(1, 0, 0, 100));
        assertThat(s.agreement()).isEqualTo(1.0);
        assertThat(s.cohenKappa()).isNull();
        assertThat(s.krippendorffAlpha()).isNull();
    }

    @Test
    void onlyOneCoderUsesTheCode() {
        // 100 characters coded by the first coder only, 900 by neither: kappa is exactly 0
        AgreementResult s = characters(1000, new Mark(0, 0, 0, 100));
        assertThat(s.agreement()).isCloseTo(0.9, within(1e-12));
        assertThat(s.cohenKappa()).isEqualTo(0.0);
        assertThat(s.brennanPredigerKappa()).isCloseTo(0.8, within(1e-12));
        // alpha = (1 - b) / (b + 2d) with b = 100 one-sided units and d = 900 agreeing absences
        assertThat(s.krippendorffAlpha()).isCloseTo((1 - 100.0) / (100 + 2 * 900), within(1e-12));
    }

    @Test
    void aCoderWhoCodedNothingLeavesNothingToCompare() {
        ComparedDocument doc =
                new ComparedDocument("d", 500, null, new boolean[] {true, false}, List.of(new Mark(0, 0, 0, 10)));
        AgreementResult s = AgreementStatistics.of(
                AgreementAnalysis.compute(List.of(doc), 2, 1, false).rows().get(0));
        assertThat(s.units()).isZero();
        assertThat(s.agreement()).isNull();
        assertThat(s.cohenKappa()).isNull();
        assertThat(s.krippendorffAlpha()).isNull();
        assertThat(s.notes()).containsExactly("no unit was rated by two coders: nothing to compare");
    }

    @Test
    void noDocumentsAtAll() {
        AgreementTables t = AgreementAnalysis.compute(List.of(), 3, 0, false);
        AgreementResult s = AgreementStatistics.of(t.overall());
        assertThat(s.units()).isZero();
        assertThat(s.krippendorffAlpha()).isNull();
    }

    @Test
    void threeCodersHaveNoCohenKappaButAlphaAndPairwiseAgreement() {
        Ratings r = new Ratings(3, 2);
        r.add(new int[] {1, 1, 1}, 10);
        r.add(new int[] {1, 1, 0}, 5);
        r.add(new int[] {0, 0, 0}, 10);
        AgreementResult s = AgreementStatistics.of(r);
        assertThat(s.cohenKappa()).isNull();
        // pairwise: 20 units agree on 3 of 3 pairs, 5 units on 1 of 3 pairs
        assertThat(s.agreement()).isCloseTo((20 * 3 + 5 * 1) / (25 * 3.0), within(1e-12));
        assertThat(s.krippendorffAlpha()).isBetween(0.0, 1.0);
    }
}
