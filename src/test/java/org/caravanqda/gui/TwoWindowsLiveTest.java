package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.store.pg.TwoCoders;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two windows in one JVM on one server project (embedded PostgreSQL), each a coder with their own
 * login (issue #20): Anna codes a passage with a key press in hers; Timur's transcript shows the
 * stripe within 2 s without him doing anything.
 */
@ExtendWith(ApplicationExtension.class)
class TwoWindowsLiveTest extends HeadlessFx {
    private static final String DOCUMENT = "ru-01.txt";
    private static final String TEXT =
            "Интервьюер: Почему вы уехали?\n\nМарина: Я не могла молчать. Совсем. Потом была работа.\n";

    @TempDir
    static Path tmp;

    private static String oldCache;
    private static Path annaFolder;
    private static Path timurFolder;
    private final GuiHarness anna = new GuiHarness();
    private final GuiHarness timur = new GuiHarness();

    @BeforeAll
    static void serverProject() throws Exception {
        oldCache = TwoCoders.useCache(tmp.resolve("cache"));
        TwoCoders.Folders folders = TwoCoders.project(tmp, DOCUMENT, TEXT);
        annaFolder = folders.anna();
        timurFolder = folders.timur();
    }

    @AfterAll
    static void restore() {
        TwoCoders.restoreCache(oldCache);
    }

    @Start
    void start(Stage stage) {
        anna.show(stage, annaFolder, "Anna");
        Stage second = new Stage();
        timur.show(second, timurFolder, "Timur");
    }

    @AfterEach
    void close() throws Exception {
        timur.close();
        anna.close();
    }

    @Test
    void annasKeyPressShowsAStripeInTimursWindowWithinTwoSeconds(FxRobot robot) throws Exception {
        anna.awaitLoaded();
        timur.awaitLoaded();
        WorkbenchViewModel a = anna.workbench().viewModel();
        WorkbenchViewModel t = timur.workbench().viewModel();
        robot.interact(() -> {
            a.openDocument(DOCUMENT);
            t.openDocument(DOCUMENT);
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> a.transcript().transcriptProperty().get() != null
                        && t.transcript().transcriptProperty().get() != null);
        int start = TEXT.indexOf("Я не могла");
        int end = TEXT.indexOf(" Потом");
        InlineCssTextArea area = anna.workbench().transcript().view().area();
        robot.interact(() -> {
            a.codebook().pin("Silence");
            area.getScene().getWindow().requestFocus();
            area.selectRange(start, end);
            area.requestFocus();
        });
        long pressed = System.nanoTime();
        robot.type(KeyCode.DIGIT1);
        long[] stored = new long[1];
        long[] shown = new long[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            if (stored[0] == 0 && a.transcript().visibleCodings().stream().anyMatch(m -> m.id() > 0)) {
                stored[0] = System.nanoTime(); // Anna's window shows the coding as the store has it
            }
            if (shown[0] == 0
                    && t.transcript().visibleCodings().stream()
                            .anyMatch(m -> m.coder().equals("Anna") && m.start() == start && m.end() == end)) {
                shown[0] = System.nanoTime();
            }
            return stored[0] != 0 && shown[0] != 0;
        });
        long fresh = Math.max(0, shown[0] - stored[0]) / 1_000_000;
        System.out.printf(
                "live.twoWindows: key press to Timur's stripe %d ms, Anna's stored coding to Timur's %d ms%n",
                (shown[0] - pressed) / 1_000_000, fresh);
        assertThat(fresh).as("freshness").isLessThanOrEqualTo(2_000);
        WaitForAsyncUtils.waitForFxEvents();
        InlineCssTextArea theirs = timur.workbench().transcript().view().area();
        assertThat(theirs.getStyleOfChar(start + 2)).contains("-rtfx-background-color");
        assertThat(t.statusProperty().get()).isEqualTo("Anna coded 1 passage in " + DOCUMENT);
        assertThat(anna.errors).isEmpty();
        assertThat(timur.errors).isEmpty();
    }
}
