package org.caravanqda.gui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.gui.workbench.SmallWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename (undoable) and delete (asked, backed up first) a document from the window's view model. */
class DocumentActionsTest {
    @TempDir
    Path tmp;

    SmallWorkbench w;
    DocumentActions actions;

    @BeforeEach
    void open() throws Exception {
        w = new SmallWorkbench(tmp);
        actions = new DocumentActions(w.vm);
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private List<String> names() {
        return w.project.documents().list().stream().map(d -> d.name()).toList();
    }

    @Test
    void renameFollowsTheOpenTranscriptAndUndoes() {
        w.select("ru-01.txt");
        w.dialogs.text("kk-02.txt").text(" Марина, Алматы.txt ");
        actions.askRename(); // another document's name: refused, nothing changed
        assertThat(names()).isEqualTo(SmallWorkbench.DOCUMENTS);
        assertThat(w.errors)
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("another document is named 'kk-02.txt'"));
        w.errors.clear();
        actions.askRename();
        assertThat(names()).containsExactly("en-03.txt", "kk-02.txt", "Марина, Алматы.txt");
        assertThat(w.vm.openDocumentName()).isEqualTo("Марина, Алматы.txt");
        assertThat(w.vm.transcript().transcriptProperty().get().name()).isEqualTo("Марина, Алматы.txt");
        assertThat(w.vm.statusProperty().get()).isEqualTo("Renamed ru-01.txt to Марина, Алматы.txt");
        w.vm.coding().undo();
        assertThat(names()).isEqualTo(SmallWorkbench.DOCUMENTS);
        assertThat(w.vm.openDocumentName()).isEqualTo("ru-01.txt");
        w.vm.coding().redo();
        assertThat(names()).contains("Марина, Алматы.txt");
        assertThat(w.errors).isEmpty();
    }

    @Test
    void deleteNamesItsCodingsAndMemosAndBacksUpFirst() throws Exception {
        w.select("kk-02.txt");
        String code = w.vm.codebook().codablePaths().get(0);
        String text = w.vm.transcript().transcriptProperty().get().text();
        w.vm.transcript().select(text.indexOf("Жұмыс"), text.indexOf(" Работа"));
        assertThat(w.vm.coding().apply(code)).isTrue();
        w.project.memos().add(MemoService.Target.document("kk-02.txt"), "Первое", "Про работу", "anna");

        w.dialogs.confirm(false);
        actions.askDelete();
        assertThat(w.dialogs.last().prompt())
                .startsWith("Delete kk-02.txt with its 1 coding and 1 memo?")
                .contains("backup");
        assertThat(names()).contains("kk-02.txt");

        w.dialogs.confirm(true);
        actions.askDelete();
        assertThat(names()).containsExactly("en-03.txt", "ru-01.txt");
        assertThat(w.project.memos().list(null, null)).isEmpty();
        assertThat(w.project.codings().codings(null, null, null)).isEmpty();
        assertThat(w.vm.openDocumentName()).isNull();
        assertThat(w.vm.transcript().transcriptProperty().get()).isNull();
        assertThat(w.vm.documents().shown()).extracting(d -> d.name()).containsExactly("en-03.txt", "ru-01.txt");
        assertThat(w.vm.statusProperty().get()).startsWith("Deleted kk-02.txt (1 codings, 1 memos); backup: ");
        try (var backups = Files.list(w.project.directory().resolve("backups"))) {
            assertThat(backups.toList())
                    .singleElement()
                    .satisfies(zip -> assertThat(Files.size(zip)).isPositive());
        }
        assertThat(w.errors).isEmpty();
    }
}
