package org.caravanqda.gui.memos;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.caravanqda.app.Project;
import org.caravanqda.app.memos.MemoEntry;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.gui.coding.Command;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.model.Memo.MemoTarget;

/**
 * The memo list: every memo of the project (on the project, documents, codes and codings),
 * filtered by kind and by text; new, edit and remove are undoable with the workbench's undo;
 * open shows what a memo is about. All reading and writing runs on the job thread.
 */
public final class MemosViewModel {
    /** What the workbench does for the list: where the user is, and how to show a memo's target. */
    public interface Workbench {
        /** The open document's name, or null. */
        String openDocument();

        /** The selected code's path, or null. */
        String selectedCode();

        void openDocument(String name);

        void selectCode(String path);

        void openPassage(String document, int start, int end);

        /** Runs a change as the workbench's own changes run (then the workbench reads its state again). */
        void perform(Command command, String message);
    }

    private final Project project;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final ObservableStringValue coder;
    private final Workbench workbench;
    private final Consumer<Throwable> failed;
    private final ObservableList<MemoEntry> all = FXCollections.observableArrayList();
    private final FilteredList<MemoEntry> shown = new FilteredList<>(all, e -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<MemoTarget> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<MemoEntry> selected = new SimpleObjectProperty<>();

    public MemosViewModel(
            Project project,
            Jobs jobs,
            Dialogs dialogs,
            ObservableStringValue coder,
            Workbench workbench,
            Consumer<Throwable> failed) {
        this.project = project;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.coder = coder;
        this.workbench = workbench;
        this.failed = failed;
        filter.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
    }

    private void refilter() {
        String f = filter.get();
        MemoTarget k = kind.get();
        shown.setPredicate(e -> (k == null || e.memo().target() == k) && e.matches(f));
    }

    /** The memos' versions as this list showed them and its own edits left them (issue #20). */
    private final org.caravanqda.gui.coding.SeenVersions versions = new org.caravanqda.gui.coding.SeenVersions();

    /** Reads the memos again (on the job thread; the list changes on the UI thread). */
    public void refresh() {
        jobs.submit((p, c) -> project.memos().list(null, null), all::setAll, failed);
    }

    public ObservableList<MemoEntry> shown() {
        return shown;
    }

    /** All memos, unfiltered (the document title's marker counts from these). */
    public ObservableList<MemoEntry> all() {
        return all;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Only memos on the project, documents, codes or codings; null: all. */
    public ObjectProperty<MemoTarget> kindProperty() {
        return kind;
    }

    public ObjectProperty<MemoEntry> selectedProperty() {
        return selected;
    }

    /** The memos on one document (for the marker at its title). */
    public List<MemoEntry> onDocument(String name) {
        return all.stream()
                .filter(e -> e.memo().target() == MemoTarget.DOCUMENT && name != null && name.equals(e.document()))
                .toList();
    }

    public void newProjectMemo() {
        write(MemoService.Target.project(), "New project memo");
    }

    /** A memo on the open document (asks to open one first when none is). */
    public void newDocumentMemo() {
        String doc = workbench.openDocument();
        if (doc == null) {
            failed.accept(new org.caravanqda.app.common.CaravanException("open a document first"));
            return;
        }
        write(MemoService.Target.document(doc), "Memo on " + doc);
    }

    /** A memo on the code selected in the codebook. */
    public void newCodeMemo() {
        String code = workbench.selectedCode();
        if (code == null) {
            failed.accept(new org.caravanqda.app.common.CaravanException("select a code in the codebook first"));
            return;
        }
        write(MemoService.Target.code(code), "Memo on " + code);
    }

    private void write(MemoService.Target target, String heading) {
        Optional<String> title = dialogs.askText(heading, "Title (optional)", "");
        if (title.isEmpty()) {
            return;
        }
        Optional<String> text = dialogs.askLongText(heading, "Memo", "");
        if (text.isEmpty() || text.get().isBlank()) {
            return;
        }
        workbench.perform(
                new MemoCommands.Add(target, title.get(), text.get(), coder.get(), this::refreshLater), "Memo saved");
    }

    /** Edits the selected memo's title and text. */
    public void editSelected() {
        MemoEntry e = selected.get();
        if (e == null) {
            return;
        }
        Optional<String> title =
                dialogs.askText("Edit memo", "Title (optional)", e.memo().title());
        if (title.isEmpty()) {
            return;
        }
        Optional<String> text = dialogs.askLongText(
                "Edit memo", "Memo on " + e.target(), e.memo().text());
        if (text.isEmpty() || text.get().isBlank()) {
            return;
        }
        workbench.perform(
                new MemoCommands.Edit(
                        e.id(), title.get(), text.get(), coder.get(), e.seenVersion(), versions, this::refreshLater),
                "Memo saved");
    }

    /** Removes the selected memo (after asking; undo brings it back). */
    public void removeSelected() {
        MemoEntry e = selected.get();
        if (e == null
                || !dialogs.confirm("Remove memo", "Remove the memo on " + e.target() + "? (Undo brings it back)")) {
            return;
        }
        workbench.perform(
                new MemoCommands.Remove(e.id(), coder.get(), e.seenVersion(), versions, this::refreshLater),
                "Memo removed");
    }

    /**
     * Shows what the memo is about: a document memo opens the document, a code memo selects the
     * code, a coding memo opens the passage; a project memo opens its text for editing.
     */
    public void open(MemoEntry e) {
        if (e == null) {
            return;
        }
        switch (e.memo().target()) {
            case DOCUMENT -> {
                if (e.document() != null) {
                    workbench.openDocument(e.document());
                }
            }
            case CODE -> {
                if (e.codeId() != null) {
                    workbench.selectCode(e.target());
                }
            }
            case CODING -> {
                if (e.document() != null && e.start() != null) {
                    workbench.openPassage(e.document(), e.start(), e.end());
                }
            }
            case PROJECT -> {
                selected.set(e);
                editSelected();
            }
        }
    }

    /** Called on the job thread by a memo change (and its undo): the list is read again after it. */
    private void refreshLater() {
        refresh();
    }
}
