package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.caravanqda.app.coding.CodingView;
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
 * The whole window, headless: Documents → Edit transcript, a correction typed into the editor
 * (a header line added, one coded passage deleted), Save (codings follow, the deleted one becomes
 * an orphan listed under Documents → Orphaned codings), then Ctrl+Z: the old text and every coding
 * come back as they were.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TranscriptEditSmokeTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("edit-" + System.nanoTime())), "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    /** The first listed document, open in the transcript and in the edit mode's editor. */
    record Editing(String doc, String original, TextArea editor) {}

    static Editing openEditor(GuiHarness gui, FxRobot robot) throws java.util.concurrent.TimeoutException {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        String doc = vm.documents().shown().get(0).name();
        robot.interact(() -> vm.openDocument(doc));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> vm.transcript().transcriptProperty().get() != null);
        String original = gui.project.documents().transcript(doc).text();
        robot.interact(() -> gui.workbench().editing().edit());
        TextArea editor = robot.lookup("#transcript-editor").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> original.equals(editor.getText()));
        return new Editing(doc, original, editor);
    }

    private List<String> codings(String doc) {
        return gui.project.codings().codings(doc, null, null).stream()
                .map(c -> c.id() + " " + c.start() + " " + c.end() + " " + c.text())
                .toList();
    }

    @Test
    void saveAppliesTheCorrectionAndUndoPutsTheOldTextAndCodingsBack(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        Editing editing = openEditor(gui, robot);
        String doc = editing.doc();
        String original = editing.original();
        TextArea editor = editing.editor();
        List<String> before = codings(doc);
        List<CodingView> all = gui.project.codings().codings(doc, null, null);
        CodingView victim = all.get(all.size() - 1);

        String corrected = "[Проверено]\n" + original.substring(0, victim.start()) + original.substring(victim.end());
        robot.interact(() -> editor.setText(corrected));
        robot.clickOn("#transcript-editor-save");
        Label report = robot.lookup("#transcript-editor-report").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> report.getText().startsWith("Saved"));
        assertThat(report.getText())
                .contains("orphaned")
                .contains(victim.text().strip().substring(0, 5));
        assertThat(gui.project.documents().transcript(doc).text()).isEqualTo(corrected);
        assertThat(codings(doc)).hasSize(before.size() - 1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> gui.workbench().editing().viewModel().orphans().stream().anyMatch(o -> o.id() == victim.id()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> corrected.equals(
                        vm.transcript().transcriptProperty().get().text()));

        robot.interact(() -> vm.coding().undo());
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> original.equals(vm.transcript().transcriptProperty().get().text()));
        assertThat(gui.project.documents().transcript(doc).text()).isEqualTo(original);
        assertThat(codings(doc)).isEqualTo(before);
        assertThat(gui.project.revisions().orphans(doc)).isEmpty();
        assertThat(gui.errors).isEmpty();
    }

    /** Insert time stamp (the player's) goes to the caret of the edit mode's text, the text with the focus. */
    @Test
    void theTimeStampIsTypedIntoTheEditorThatHasTheFocus(FxRobot robot) throws Exception {
        Editing editing = openEditor(gui, robot);
        String doc = editing.doc();
        String original = editing.original();
        TextArea editor = editing.editor();
        robot.interact(() -> {
            editor.requestFocus();
            editor.positionCaret(0);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, editor::isFocused);
        robot.interact(() -> gui.workbench().playback().insertTimestamp());
        assertThat(editor.getText()).isEqualTo("[00:00:00] " + original);
        assertThat(gui.project.documents().transcript(doc).text())
                .as("typed, not saved")
                .isEqualTo(original);
    }
}
