package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.TextUnit;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Key press to stripe on the demo (docs/performance.md), only when asked: a quick key (1) pressed
 * over a selected passage, timed from the press to the end of the first layout pulse that has the
 * coding in the margin, and on to the store's own coding read back. Half the presses are made
 * while the job thread is held by another job (a loaded machine): the stripe must not wait for it.
 * {@code xvfb-run -s "-screen 0 1600x1000x24" mvn surefire:test@gui -Dtest=CodingLatencyProbe
 * -Dcaravan.gui.display=true -Dcaravan.probe.presses=12}
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CodingLatencyProbe extends HeadlessFx {
    private static final String PRESSES = System.getProperty("caravan.probe.presses");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @BeforeAll
    static void onlyWhenAsked() {
        Assumptions.assumeTrue(PRESSES != null, "no -Dcaravan.probe.presses=N given");
    }

    @Start
    void start(Stage stage) {
        GuiHarness.applicationLook();
        gui.show(stage, GuiHarness.demo(tmp.resolve("probe-" + System.nanoTime())), "anna");
        GuiHarness.screenshotSize(stage);
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void keyPressToStripe(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        String document = vm.documents().shown().get(0).name();
        vm.openDocument(document);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        String code = vm.codebook().codablePaths().get(0);
        robot.interact(() -> vm.codebook().pin(code));
        InlineCssTextArea area = gui.workbench().transcript().view().area();
        List<TextUnit> units = vm.transcript().transcriptProperty().get().units().stream()
                .filter(u -> u.end() - u.start() > 60)
                .toList();
        int presses = Math.min(Integer.parseInt(PRESSES), units.size());
        AtomicLong shownAt = new AtomicLong();
        int[] wanted = new int[2];
        robot.interact(() -> area.getScene().addPostLayoutPulseListener(() -> {
            if (shownAt.get() == 0
                    && vm.transcript().visibleCodings().stream()
                            .anyMatch(m -> m.start() == wanted[0] && m.end() == wanted[1])) {
                shownAt.set(System.nanoTime());
            }
        }));
        // the press as the window receives it: a filter on the window runs before the scene's (where quick keys code)
        AtomicLong received = new AtomicLong();
        robot.interact(() -> area.getScene().getWindow().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DIGIT1) {
                received.set(System.nanoTime());
            }
        }));
        // the coding drawn into the area (the view's own listener has run before this one)
        AtomicLong drawn = new AtomicLong();
        robot.interact(() -> vm.transcript().visibleCodings().addListener((javafx.collections.ListChangeListener<
                        CodingMark>)
                c -> {
                    if (drawn.get() == 0
                            && vm.transcript().visibleCodings().stream()
                                    .anyMatch(m -> m.start() == wanted[0] && m.end() == wanted[1])) {
                        drawn.set(System.nanoTime());
                    }
                }));
        List<Long> handled = new ArrayList<>();
        List<Long> idle = new ArrayList<>();
        List<Long> loaded = new ArrayList<>();
        List<Long> stored = new ArrayList<>();
        List<Long> robotDelay = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            TextUnit u = units.get(i);
            int start = u.start() + 10;
            int end = u.start() + 50;
            // the selection is trimmed of whitespace at its edges, as coding trims it
            String text = vm.transcript().transcriptProperty().get().text();
            org.caravanqda.model.Span span = org.caravanqda.model.Span.trimmed(text, start, end);
            wanted[0] = span.start();
            wanted[1] = span.end();
            robot.interact(() -> {
                area.requestFocus();
                area.selectRange(start, end);
                area.requestFollowCaret();
            });
            WaitForAsyncUtils.waitForFxEvents();
            boolean busy = i % 2 == 1;
            if (busy) {
                // another job holds the job thread for a second, as a slow disk or a loaded machine would
                robot.interact(() -> vm.run(
                        (p, c) -> {
                            Thread.sleep(1000);
                            return null;
                        },
                        r -> {},
                        e -> {}));
            }
            shownAt.set(0);
            drawn.set(0);
            long pressed = System.nanoTime();
            robot.type(KeyCode.DIGIT1);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownAt.get() != 0);
            (busy ? loaded : idle).add((shownAt.get() - received.get()) / 1_000_000);
            robotDelay.add((received.get() - pressed) / 1_000_000);
            handled.add((drawn.get() - received.get()) / 1_000_000);
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> vm.transcript().visibleCodings().stream()
                            .anyMatch(m -> m.id() > 0 && m.start() == wanted[0] && m.end() == wanted[1]));
            stored.add((System.nanoTime() - pressed) / 1_000_000);
        }
        System.out.printf(
                "caravan probe: key press to stripe, %d presses on the demo: idle job thread median %d ms %s;"
                        + " job thread busy for 1 s median %d ms %s; press to the stored coding shown median %d ms %s;"
                        + " the robot's key reached the window after median %d ms %s; the key handler drew the"
                        + " coding (restyle and margin) in median %d ms %s%n",
                presses,
                median(idle),
                idle,
                median(loaded),
                loaded,
                median(stored),
                stored,
                median(robotDelay),
                robotDelay,
                median(handled),
                handled);
        List<CodingMark> mine = vm.transcript().visibleCodings().stream()
                .filter(m -> m.codePath().equals(code) && m.coder().equals("anna"))
                .toList();
        assertThat(mine).hasSizeGreaterThanOrEqualTo(presses);
        assertThat(gui.errors).isEmpty();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }
}
