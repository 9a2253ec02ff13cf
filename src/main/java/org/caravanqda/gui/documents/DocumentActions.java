package org.caravanqda.gui.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.documents.DocumentService;
import org.caravanqda.gui.workbench.WorkbenchViewModel;

/**
 * Rename and delete a document from the window (the documents list's context menu and the
 * Documents menu). Renaming is undoable; deleting asks first, naming the codings and memos that
 * go with the document, writes a backup of the project into its {@code backups/} folder, then
 * deletes in one transaction (the backup is the way back, as for a code's deletion).
 */
public final class DocumentActions {
    private final WorkbenchViewModel vm;

    public DocumentActions(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /** The document the actions apply to: the one selected in the list. */
    String selected() {
        DocumentListing d = vm.documents().selectedProperty().get();
        return d == null ? null : d.name();
    }

    /** Asks for a new name and renames the selected document (undoable). */
    public void askRename() {
        String name = selected();
        if (name == null) {
            vm.statusProperty().set("Select a document to rename first");
            return;
        }
        vm.dialogs()
                .askText("Rename document", "New name for " + name + ":", name)
                .ifPresent(typed -> {
                    if (typed.strip().equals(name)) {
                        return;
                    }
                    String to = typed.strip();
                    vm.coding()
                            .perform(
                                    new RenameDocument(
                                            name, to, vm.coderProperty().get(), vm::documentRenamed),
                                    "Renamed " + name + " to " + to);
                });
    }

    /** Asks, naming what goes with it, then backs the project up and deletes the selected document. */
    public void askDelete() {
        String name = selected();
        if (name == null) {
            vm.statusProperty().set("Select a document to delete first");
            return;
        }
        vm.run(
                (p, c) -> vm.project().documents().removal(name),
                r -> {
                    if (vm.dialogs().confirm("Delete document", question(r))) {
                        delete(name);
                    }
                },
                e -> vm.dialogs().showError("Delete document", e));
    }

    static String question(DocumentService.Removal r) {
        return String.format(
                Locale.ROOT,
                "Delete %s with its %s and %s?%s%n%nA backup of the project is written to its backups folder first;"
                        + " the deletion cannot be undone otherwise (the undo history is cleared).",
                r.name(),
                r.codings() == 1 ? "1 coding" : r.codings() + " codings",
                r.memos() == 1 ? "1 memo" : r.memos() + " memos",
                r.cases().isEmpty() ? "" : " It leaves case " + String.join(", ", r.cases()) + ".");
    }

    private void delete(String name) {
        String coder = vm.coderProperty().get();
        Path zip = vm.project()
                .directory()
                .resolve("backups")
                .resolve("before-delete-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + ".zip");
        vm.<DocumentService.Removal>change(
                (progress, cancel) -> {
                    Files.createDirectories(zip.getParent());
                    vm.project().backup(zip);
                    DocumentService.Removal r = vm.project().documents().delete(name, coder);
                    vm.documentRenamed(name, null);
                    return r;
                },
                r -> {
                    vm.coding().undoStack().clear();
                    if (vm.openDocumentName() == null) {
                        vm.transcript().transcriptProperty().set(null);
                    }
                    vm.statusProperty()
                            .set(String.format(
                                    Locale.ROOT,
                                    "Deleted %s (%d codings, %d memos); backup: %s",
                                    r.name(),
                                    r.codings(),
                                    r.memos(),
                                    zip));
                });
    }
}
