package org.caravanqda.app.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.model.ChangeAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeMergeTest {
    @TempDir
    Path tmp;

    @Test
    void mergingMovesCodingsAndSubCodesAndDeletesTheSource() {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        try (Project p = TestApp.app().open(tmp.resolve("demo"))) {
            int source = p.codings()
                    .codings(null, "Exit as voice/Voice closed at home", null)
                    .size();
            int target = p.codings()
                    .codings(null, "Exit as voice/Silent protest", null)
                    .size();
            assertThat(source).isPositive();
            int codes = p.codebook().tree().size();
            long before = p.search()
                    .search("code:\"Silent protest\"", SearchScope.SEGMENTS, 1, false)
                    .total();

            assertThat(p.codebook().merge("Exit as voice/Voice closed at home", "Exit as voice/Silent protest", "anna"))
                    .isEqualTo("Exit as voice/Silent protest");

            assertThat(p.codebook().tree())
                    .hasSize(codes - 1)
                    .noneMatch(n -> n.path().equals("Exit as voice/Voice closed at home"));
            assertThat(p.codings().codings(null, "Exit as voice/Silent protest", null))
                    .hasSize(source + target);
            assertThat(p.search()
                            .search("code:\"Silent protest\"", SearchScope.SEGMENTS, 1, false)
                            .total())
                    .isEqualTo(before + source);
            assertThat(StoreAccess.of(p).read(s -> s.changeLog().since(0)).stream()
                            .filter(e -> e.action() == ChangeAction.CODE_MERGE))
                    .hasSize(1);

            // a parent merged into another top-level code brings its sub-codes along
            p.codebook().merge("Departure", "Trajectory", "anna");
            assertThat(p.codebook().tree()).anyMatch(n -> n.path().equals("Trajectory/Spring 2022 wave"));
            assertThatThrownBy(() -> p.codebook().merge("Trajectory", "Trajectory/Spring 2022 wave", "anna"))
                    .hasMessageContaining("own sub-codes");
            assertThatThrownBy(() -> p.codebook().merge("Trajectory", "Trajectory", "anna"))
                    .hasMessageContaining("itself");
        }
    }
}
