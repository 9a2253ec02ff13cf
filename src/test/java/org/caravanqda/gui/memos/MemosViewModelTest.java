package org.caravanqda.gui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.memos.MemoEntry;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.Memo.MemoTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memo list of the workbench on the demo project, jobs inline: write, filter, open, edit, remove, undo. */
class MemosViewModelTest {
    @TempDir
    Path tmp;

    private final List<Throwable> errors = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private Project project;
    private WorkbenchViewModel workbench;
    private MemosViewModel vm;
    private String doc;

    @BeforeEach
    void open() {
        Path dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
        project = TestApp.app().open(dir);
        workbench = new WorkbenchViewModel(
                project,
                new Jobs(Runnable::run, Runnable::run),
                (w, e) -> errors.add(e),
                dialogs,
                new GuiPreferences(node),
                "anna");
        workbench.reload();
        doc = workbench.documents().shown().get(0).name();
        vm = workbench.memos();
        vm.refresh();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
        node.removeNode();
    }

    @Test
    void writesMemosOnTheProjectTheOpenDocumentAndTheSelectedCode() {
        dialogs.text("Plan").text("Code the last two interviews");
        vm.newProjectMemo();
        workbench.openDocument(doc);
        dialogs.text("").text("Talks about family a lot");
        vm.newDocumentMemo();
        workbench
                .codebook()
                .byPath("Exit as voice")
                .ifPresent(workbench.codebook().selectedProperty()::set);
        dialogs.text("Scope").text("Where voice ends");
        vm.newCodeMemo();
        assertThat(errors).isEmpty();
        assertThat(vm.shown())
                .extracting(e ->
                        e.memo().target() + " " + e.target() + " " + e.memo().text())
                .containsExactly(
                        "PROJECT project Code the last two interviews",
                        "DOCUMENT " + doc + " Talks about family a lot",
                        "CODE Exit as voice Where voice ends");
        assertThat(vm.shown().get(1).memo().title()).isNull();
        assertThat(vm.shown()).allMatch(e -> "anna".equals(e.memo().coder()));
        assertThat(vm.onDocument(doc)).hasSize(1);
        // in the store, as the CLI sees it
        assertThat(project.memos().list(null, null)).hasSize(3);
    }

    @Test
    void filtersByTextAndKind() {
        project.memos().add(MemoService.Target.project(), "Plan", "Family first", "anna");
        project.memos().add(MemoService.Target.document(doc), null, "Семья в центре", "timur");
        project.memos().add(MemoService.Target.code("Exit as voice"), null, "Voice", "anna");
        vm.refresh();
        vm.filterProperty().set("СЕМЬЯ");
        assertThat(vm.shown()).extracting(e -> e.memo().text()).containsExactly("Семья в центре");
        vm.filterProperty().set("timur");
        assertThat(vm.shown()).hasSize(1);
        vm.filterProperty().set("");
        vm.kindProperty().set(MemoTarget.CODE);
        assertThat(vm.shown()).extracting(MemoEntry::target).containsExactly("Exit as voice");
        vm.kindProperty().set(null);
        assertThat(vm.shown()).hasSize(3);
    }

    @Test
    void openingAMemoShowsWhatItIsAbout() {
        var coding = project.codings().codings(null, null, null).get(2);
        project.memos().add(MemoService.Target.document(doc), null, "doc", "anna");
        project.memos().add(MemoService.Target.code("Exit as voice"), null, "code", "anna");
        project.memos().add(MemoService.Target.coding(coding.id()), null, "passage", "anna");
        vm.refresh();
        vm.open(vm.shown().get(0));
        assertThat(workbench.openDocumentName()).isEqualTo(doc);
        vm.open(vm.shown().get(1));
        assertThat(workbench.codebook().selectedProperty().get().path()).isEqualTo("Exit as voice");
        vm.open(vm.shown().get(2));
        assertThat(workbench.openDocumentName()).isEqualTo(coding.document());
        assertThat(workbench.transcript().revealProperty().get().start()).isEqualTo(coding.start());
        assertThat(workbench.transcript().revealProperty().get().end()).isEqualTo(coding.end());
        assertThat(errors).isEmpty();
    }

    @Test
    void editAndRemoveAreUndoneWithTheWorkbenchsUndo() {
        project.memos().add(MemoService.Target.project(), "Plan", "first", "anna");
        vm.refresh();
        vm.selectedProperty().set(vm.shown().get(0));
        dialogs.text("Plan").text("second");
        vm.editSelected();
        assertThat(vm.shown().get(0).memo().text()).isEqualTo("second");
        workbench.coding().undo();
        assertThat(vm.shown().get(0).memo().text()).isEqualTo("first");
        workbench.coding().redo();
        assertThat(vm.shown().get(0).memo().text()).isEqualTo("second");

        vm.selectedProperty().set(vm.shown().get(0));
        dialogs.confirm(true);
        vm.removeSelected();
        assertThat(vm.shown()).isEmpty();
        workbench.coding().undo();
        assertThat(vm.shown()).extracting(e -> e.memo().text()).containsExactly("second");

        // cancelled: nothing asked further, nothing changed
        vm.selectedProperty().set(vm.shown().get(0));
        dialogs.cancel("confirm");
        vm.removeSelected();
        assertThat(vm.shown()).hasSize(1);
        assertThat(dialogs.unanswered()).isZero();
        assertThat(errors).isEmpty();
    }

    @Test
    void aDocumentMemoWithNoDocumentOpenIsOneClearMessage() {
        vm.newDocumentMemo();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).hasMessage("open a document first");
        assertThat(dialogs.asked()).isEmpty();
    }
}
