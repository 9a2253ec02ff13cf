package org.caravanqda.gui.workbench;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.revision.OrphanView;
import org.caravanqda.app.revision.RevisionReport;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.model.Span;

/**
 * Edit mode on the open transcript (issue 21): the stored text in an editor; Save replaces it
 * through the app's revision service as one undoable step (Ctrl+Z puts the old text and every
 * coding back) and says what happened to the codings; codings whose whole text went (orphans) are
 * listed, and each can be attached to the transcript's selection or removed.
 */
public final class TranscriptEditViewModel {
    private final WorkbenchViewModel vm;
    private final Dialogs dialogs;
    private final StringProperty document = new SimpleStringProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final ObservableList<OrphanView> orphans = FXCollections.observableArrayList();
    private String original = "";

    public TranscriptEditViewModel(WorkbenchViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /** Starts editing the open document; false (and a message) when there is none or pseudonyms are shown. */
    public boolean start() {
        String name = vm.openDocumentName();
        if (name == null) {
            vm.statusProperty().set("Open a document to edit its transcript");
            return false;
        }
        if (vm.showPseudonymsProperty().get()) {
            vm.statusProperty().set("Turn off \"Show pseudonyms\" to edit the transcript (its real text is edited)");
            return false;
        }
        vm.run(
                (p, c) -> vm.project().documents().transcript(name).text(),
                stored -> {
                    document.set(name);
                    original = stored;
                    text.set(stored);
                    report.set("Editing " + name + ": Save applies the correction; codings follow their text.");
                    editing.set(true);
                },
                e -> dialogs.showError("Edit transcript", e));
        return true;
    }

    /** Applies the edited text (one undoable step), then shows the report and the orphans. */
    public void save() {
        String name = document.get();
        String edited = text.get();
        if (!editing.get() || name == null) {
            return;
        }
        if (edited.equals(original)) {
            report.set("No change to save.");
            return;
        }
        ReplaceText command = new ReplaceText(name, edited, vm.coderProperty().get());
        vm.coding().perform(command, "Transcript of " + name + " saved", () -> {
            RevisionReport r = command.report();
            original = edited;
            report.set(describe(r));
            refreshOrphans();
        });
    }

    /** Leaves edit mode without saving; asks first when there are unsaved changes. */
    public boolean cancel() {
        if (editing.get()
                && !text.get().equals(original)
                && !dialogs.confirm("Edit transcript", "Discard your changes?")) {
            return false;
        }
        editing.set(false);
        text.set(original);
        return true;
    }

    /** Reads the orphaned codings of every document again. */
    public void refreshOrphans() {
        vm.run(
                (p, c) -> vm.project().revisions().orphans(null),
                orphans::setAll,
                e -> dialogs.showError("Orphaned codings", e));
    }

    /** Attaches the orphan to the transcript's current selection (in its own document). */
    public void attachToSelection(OrphanView o) {
        var shown = vm.transcript().transcriptProperty().get();
        int start = vm.transcript().selectionStartProperty().get();
        int end = vm.transcript().selectionEndProperty().get();
        if (o == null || shown == null || !o.document().equals(shown.name()) || end <= start) {
            vm.statusProperty()
                    .set("Select text in " + (o == null ? "the orphan's document" : o.document())
                            + " first, then attach");
            return;
        }
        Span at = Span.trimmed(shown.text(), start, end);
        String coder = vm.coderProperty().get();
        vm.change((p, c) -> vm.project().revisions().attach(o.id(), at, null, null, coder), v -> {
            vm.statusProperty().set("Attached " + v.code() + " again");
            refreshOrphans();
        });
    }

    /** Removes the orphan for good, after asking. */
    public void remove(OrphanView o) {
        if (o == null
                || !dialogs.confirm(
                        "Remove orphaned coding",
                        "Remove the coding " + o.code() + " on \"" + abbreviate(o.text()) + "\" for good?")) {
            return;
        }
        String coder = vm.coderProperty().get();
        vm.change((p, c) -> vm.project().revisions().remove(o.id(), coder), v -> {
            vm.statusProperty().set("Removed the orphaned coding " + v.code());
            refreshOrphans();
        });
    }

    static String describe(RevisionReport r) {
        StringBuilder b = new StringBuilder("Saved " + r.document() + ": " + r.kept() + " codings kept exactly, "
                + r.adjusted().size() + " adjusted, " + r.orphaned().size() + " orphaned.");
        for (RevisionReport.Adjusted a : r.adjusted()) {
            b.append("\nAdjusted ")
                    .append(a.code())
                    .append(": \"")
                    .append(abbreviate(a.before()))
                    .append("\" → \"")
                    .append(abbreviate(a.after()))
                    .append('"');
        }
        for (RevisionReport.Orphaned o : r.orphaned()) {
            b.append("\nOrphaned ")
                    .append(o.code())
                    .append(": \"")
                    .append(abbreviate(o.text()))
                    .append('"');
        }
        if (!r.orphaned().isEmpty()) {
            b.append(
                    "\nOrphans are kept: Documents → Orphaned codings attaches or removes them. Ctrl+Z undoes the edit.");
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "…";
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty reportProperty() {
        return report;
    }

    public StringProperty documentProperty() {
        return document;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public ObservableList<OrphanView> orphans() {
        return orphans;
    }

    List<OrphanView> orphanList() {
        return List.copyOf(orphans);
    }
}
