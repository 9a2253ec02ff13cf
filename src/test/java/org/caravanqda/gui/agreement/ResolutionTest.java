package org.caravanqda.gui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.agreement.CodeDisagreement;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.coding.CodingView;
import org.junit.jupiter.api.Test;

/** The ways to settle a passage where anna coded [10,50) and timur [20,60) with the same code. */
class ResolutionTest {
    private static final List<String> CODERS = List.of("anna", "timur");
    private static final String TEXT = "x".repeat(80);
    private static final CodingView ANNA = coding(1, "anna", 10, 50, "anna's note");
    private static final CodingView TIMUR = coding(2, "timur", 20, 60, null);
    private static final CodeDisagreement D = new CodeDisagreement(
            "Exit as voice",
            "d.txt",
            10,
            20,
            TEXT.substring(10, 20),
            Map.of("anna", true, "timur", false),
            10,
            60,
            TEXT.substring(10, 60),
            List.of(ANNA, TIMUR));

    private static CodingView coding(long id, String coder, int start, int end, String memo) {
        return new CodingView(
                id, "d.txt", "Exit as voice", coder, start, end, TEXT.substring(start, end), memo, Instant.EPOCH);
    }

    private static CodeRequest request(String coder, int start, int end, String memo) {
        return new CodeRequest("d.txt", start, end, null, null, "Exit as voice", coder, memo);
    }

    @Test
    void keepingOneVersionReplacesTheOthersCodingWithACopy() {
        Resolution keepAnna = Resolution.keep(D, "anna", CODERS);
        assertThat(keepAnna.label()).isEqualTo("Keep anna's coding");
        assertThat(keepAnna.remove()).containsExactly(TIMUR);
        // anna's memo stays hers: timur's copy has none
        assertThat(keepAnna.add()).containsExactly(request("timur", 10, 50, null));
        assertThat(keepAnna.preview())
                .isEqualTo("timur: remove Exit as voice (20–60)\ntimur: add Exit as voice (10–50)");

        Resolution keepTimur = Resolution.keep(D, "timur", CODERS);
        assertThat(keepTimur.remove()).containsExactly(ANNA);
        // anna's own coding is replaced: her note goes with her new one
        assertThat(keepTimur.add()).containsExactly(request("anna", 20, 60, "anna's note"));
    }

    @Test
    void mergingGivesEveryCoderTheUnion() {
        Resolution merge = Resolution.merge(D, CODERS);
        assertThat(merge.label()).isEqualTo("Merge (union)");
        assertThat(merge.remove()).containsExactly(ANNA, TIMUR);
        assertThat(merge.add()).containsExactly(request("anna", 10, 60, "anna's note"), request("timur", 10, 60, null));
    }

    @Test
    void aCoderWhoDidNotCodeTheDocumentIsLeftAlone() {
        CodeDisagreement onlyAnnaCoded = new CodeDisagreement(
                D.code(),
                D.document(),
                10,
                50,
                D.text(),
                Map.of("anna", true, "timur", false),
                10,
                50,
                D.text(),
                List.of(ANNA));
        Resolution keep = Resolution.keep(onlyAnnaCoded, "anna", List.of("anna", "timur", "olga"));
        assertThat(keep.add()).containsExactly(request("timur", 10, 50, null));
        assertThat(Resolution.keep(onlyAnnaCoded, "timur", CODERS).label()).isEqualTo("Keep timur's (no coding)");
        assertThat(Resolution.keep(onlyAnnaCoded, "anna", List.of("anna")).changes())
                .isFalse();
    }
}
