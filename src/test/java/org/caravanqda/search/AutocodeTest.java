package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutocodeTest {
    @TempDir
    Path tmp;

    Project p;

    @BeforeEach
    void demo() {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        p = TestApp.app().open(tmp.resolve("demo"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        p.close();
    }

    @Test
    void dryRunChangesNothingThenARunCodesEveryHitOnce() {
        long before = p.documents().stats().codings();
        AutocodeReport dry = p.autocode()
                .run(new AutocodeRequest(
                        "мобилизация",
                        "Departure/Autumn 2022 mobilisation wave",
                        AutocodeUnit.SENTENCE,
                        null,
                        "robot",
                        true));
        assertThat(dry.spans()).isNotEmpty();
        assertThat(p.documents().stats().codings()).isEqualTo(before);

        AutocodeReport run = p.autocode()
                .run(new AutocodeRequest(
                        "мобилизация",
                        "Departure/Autumn 2022 mobilisation wave",
                        AutocodeUnit.SENTENCE,
                        null,
                        "robot",
                        false));
        assertThat(run.created()).isEqualTo(dry.spans().size());
        assertThat(dry.createdIds()).isEmpty();
        assertThat(run.createdIds())
                .hasSize(run.created())
                .containsExactlyInAnyOrderElementsOf(p.codings().codings(null, null, "robot").stream()
                        .map(CodingView::id)
                        .toList());
        assertThat(p.documents().stats().codings()).isEqualTo(before + run.created());
        for (CodingView c : p.codings().codings(null, null, "robot")) {
            assertThat(c.text().toLowerCase()).containsPattern("мобилизац");
            assertThat(c.text()).doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(c.text()).doesNotContain("\n\n");
        }
        AutocodeReport again = p.autocode()
                .run(new AutocodeRequest(
                        "мобилизация",
                        "Departure/Autumn 2022 mobilisation wave",
                        AutocodeUnit.SENTENCE,
                        null,
                        "robot",
                        false));
        assertThat(again.created()).isZero();
        assertThat(again.alreadyCoded()).isEqualTo(run.created());
        assertThat(p.documents().stats().codings()).isEqualTo(before + run.created());
    }

    @Test
    void hitsAreCodedExactlyAndWithinLimitsToCodedText() {
        AutocodeReport hits = p.autocode()
                .run(new AutocodeRequest("\"Almaty\"", "Trajectory", AutocodeUnit.HIT, null, "robot", false));
        assertThat(hits.created()).isPositive();
        assertThat(p.codings().codings(null, null, "robot"))
                .allSatisfy(c -> assertThat(c.text()).isEqualTo("Almaty"));

        AutocodeReport within = p.autocode()
                .run(new AutocodeRequest(
                        "Almaty", "Accessibility", AutocodeUnit.TURN, "Economic push", "robot2", false));
        for (CodingView c : p.codings().codings(null, null, "robot2")) {
            assertThat(p.codings().codings(c.document(), "Economic push", null))
                    .anySatisfy(e -> assertThat(e.start() <= c.start() && c.end() <= e.end())
                            .isTrue());
        }
        assertThat(within.created()).isLessThan(hits.created());
    }

    @Test
    void turnsAreCodedWhole() {
        AutocodeReport r = p.autocode()
                .run(new AutocodeRequest(
                        "speaker:Daniel AND Bishkek", "Trajectory", AutocodeUnit.TURN, null, "robot", false));
        assertThat(r.created()).isPositive();
        assertThat(p.codings().codings("en-01-bishkek-daniel", null, "robot"))
                .allSatisfy(c -> assertThat(c.text()).startsWith("Daniel:"));
    }
}
