package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.gui.analysis.CooccurrenceView;
import org.caravanqda.gui.analysis.FrequenciesView;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless, on the demo project: Analysis > Frequencies, click a bar; Analysis >
 * Co-occurrence, click a heat-map cell; each asks for the segments behind it (shown in the status
 * bar until the retrieval view takes the request).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnalysisChartsGuiTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    private static Path demo;

    @org.junit.jupiter.api.BeforeAll
    static void demo() {
        // built before the window starts: on a busy machine it outlasts TestFX's set-up wait
        demo = GuiHarness.demo(tmp.resolve("charts"));
    }

    @Start
    void start(Stage stage) {
        gui.show(stage, demo, "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void aBarAndAHeatMapCellAskForTheirSegments(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        // from the menu bar, as a researcher opens it
        robot.clickOn("Analysis");
        robot.clickOn("Frequencies");
        WaitForAsyncUtils.waitForFxEvents();
        FrequenciesView frequencies = gui.workbench().analysis().frequenciesShown();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !frequencies.chart().getData().isEmpty()
                        && frequencies.chart().getData().get(0).getData().stream()
                                .allMatch(d -> d.getNode() != null
                                        && d.getNode().getBoundsInParent().getWidth() > 0));
        WaitForAsyncUtils.waitForFxEvents();
        List<XYChart.Data<Number, String>> bars =
                frequencies.chart().getData().get(0).getData();
        // the last data item is the first code: drawn at the top
        XYChart.Data<Number, String> top = bars.get(bars.size() - 1);
        String code = top.getYValue();
        robot.clickOn(top.getNode());
        RetrievalRequest expected = new RetrievalRequest(
                List.of(code), RetrievalRequest.Combine.ANY, true, org.caravanqda.app.common.Selection.all());
        opensInRetrieval(expected);

        robot.clickOn("Analysis");
        robot.clickOn("Co-occurrence");
        WaitForAsyncUtils.waitForFxEvents();
        CooccurrenceView co = gui.workbench().analysis().cooccurrenceShown();
        var model = co.heatMap();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !co.heatMapData().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var map = co.heatMapData();
        int[] cell = firstPair(map);
        double[] centre = model.centreOf(cell[0], cell[1]);
        robot.interact(() -> reveal(model.scroll(), model.canvas(), centre));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D onScreen = model.canvas().localToScreen(centre[0], centre[1]);
        robot.clickOn(onScreen);
        RetrievalRequest both = new RetrievalRequest(
                List.of(map.rows().get(cell[0]), map.columns().get(cell[1])),
                RetrievalRequest.Combine.SAME_UNIT,
                true,
                org.caravanqda.app.common.Selection.all());
        opensInRetrieval(both);
    }

    /** The click lists the request's segments in the retrieval tab: its codes, how they combine, and rows of them. */
    private void opensInRetrieval(RetrievalRequest expected) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> gui.shell.retrieval().viewModel() != null);
        var retrieval = gui.shell.retrieval().viewModel();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(
                                () -> List.copyOf(retrieval.codes()).equals(expected.codePaths())
                                        && retrieval.combineProperty().get() == expected.combine()
                                        && !retrieval.shown().isEmpty())
                        .get());
        WaitForAsyncUtils.asyncFx(() -> {
                    assertThat(retrieval.shown())
                            .allSatisfy(row -> assertThat(expected.codePaths())
                                    .anySatisfy(
                                            code -> assertThat(row.codePath()).startsWith(code)));
                    return null;
                })
                .get();
    }

    /** The first cell of two unrelated codes that share a unit. */
    private static int[] firstPair(org.caravanqda.gui.analysis.HeatMap map) {
        for (int r = 0; r < map.rows().size(); r++) {
            for (int c = 0; c < map.columns().size(); c++) {
                if (!map.muted()[r][c] && map.values()[r][c] > 0) {
                    return new int[] {r, c};
                }
            }
        }
        throw new AssertionError("no co-occurring codes in the demo");
    }

    /** Scrolls so the point of the canvas is in view. */
    private static void reveal(ScrollPane scroll, Node content, double[] at) {
        Bounds view = scroll.getViewportBounds();
        double w = content.getLayoutBounds().getWidth();
        double h = content.getLayoutBounds().getHeight();
        if (w > view.getWidth()) {
            scroll.setHvalue(Math.max(0, Math.min(1, (at[0] - view.getWidth() / 2) / (w - view.getWidth()))));
        }
        if (h > view.getHeight()) {
            scroll.setVvalue(Math.max(0, Math.min(1, (at[1] - view.getHeight() / 2) / (h - view.getHeight()))));
        }
        scroll.layout();
    }
}
