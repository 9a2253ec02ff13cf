package org.caravanqda.gui.workbench;

import java.util.List;
import java.util.Locale;
import org.caravanqda.app.codebook.CodeEdit;
import org.caravanqda.gui.coding.EditCode;
import org.caravanqda.gui.coding.MoveCode;

/**
 * What the coder does to the codebook: new, edited, moved, merged and deleted codes. Edits and
 * moves go through the coding actions' undo history; a merge or a deletion clears it (older
 * steps may name the code that is gone). The {@code ask*} methods put their question (a name, a
 * target, a confirmation) through the workbench's Dialogs.
 */
public final class CodebookActions {
    /** A code name made from a selection is at most this long. */
    static final int NAME_MAX = 40;

    private static final String[] PALETTE = {
        "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990", "#808000",
        "#000075", "#e6a400"
    };
    private final WorkbenchViewModel vm;
    private final CodingActions coding;
    /** The codes' versions as this window showed them and left them (issue #20). */
    private final org.caravanqda.gui.coding.SeenVersions codeVersions = new org.caravanqda.gui.coding.SeenVersions();

    CodebookActions(WorkbenchViewModel vm, CodingActions coding) {
        this.vm = vm;
        this.coding = coding;
    }

    /** Creates a code (under {@code parentPath}, or at the top) and applies it to the selection, if any. */
    public void newCode(String name, String parentPath) {
        newCode(name, parentPath, true);
    }

    /** {@code code}: apply the new code to the selection (New code from selection), or only add it (Add code under…). */
    private void newCode(String name, String parentPath, boolean code) {
        String color = PALETTE[vm.codebook().nodes().size() % PALETTE.length];
        String coder = vm.coderProperty().get();
        vm.change((p, c) -> vm.project().codebook().add(parentPath, name, color, coder), path -> {
            vm.codebook().byPath(path).ifPresent(vm.codebook().selectedProperty()::set);
            if (code && coding.selection() != null) {
                coding.apply(path);
            } else {
                vm.statusProperty().set("Added code " + path);
            }
        });
    }

    /**
     * "New code from selection": asks for a name, the selection shaped into one suggested, for a
     * code under the selected code (or at the top level), and applies it to the selection.
     */
    public void newCodeFromSelection() {
        var parent = vm.codebook().selectedProperty().get();
        askNewCode(parent == null ? null : parent.path(), codeNameFrom(selectedText()), true);
    }

    /**
     * "Add code under…" ({@code parentPath}) or "New top-level code…" (null): asks for its name and
     * adds the code; it never codes the selection.
     */
    public void askNewCode(String parentPath) {
        askNewCode(parentPath, "", false);
    }

    /** A blank name or Cancel adds nothing. */
    private void askNewCode(String parentPath, String suggestion, boolean code) {
        vm.dialogs()
                .askText(
                        "New code",
                        parentPath == null ? "New top-level code" : "New code under " + parentPath,
                        suggestion)
                .filter(n -> !n.isBlank())
                .ifPresent(n -> newCode(n, parentPath, code));
    }

    /**
     * A code name suggested by selected text: whitespace runs (line breaks too) become one space,
     * the ends are trimmed, at most {@link #NAME_MAX} characters are kept (never half a surrogate
     * pair), and "/" (the path separator) becomes "-".
     */
    static String codeNameFrom(String selected) {
        String name = selected.replaceAll("(?U)\\s+", " ").strip();
        if (name.length() > NAME_MAX) {
            int cut = Character.isHighSurrogate(name.charAt(NAME_MAX - 1)) ? NAME_MAX - 1 : NAME_MAX;
            name = name.substring(0, cut).strip();
        }
        return name.replace("/", "-");
    }

    /** The selected text as shown, or "" when nothing is selected. */
    private String selectedText() {
        var t = vm.transcript().transcriptProperty().get();
        int start = vm.transcript().selectionStartProperty().get();
        int end = vm.transcript().selectionEndProperty().get();
        return t == null || start < 0 || end <= start || end > t.text().length()
                ? ""
                : t.text().substring(start, end);
    }

    public void editCode(String path, CodeEdit edit) {
        var shown = vm.codebook().byPath(path).orElseThrow();
        var node = shown.code();
        CodeEdit before = new CodeEdit(
                node.name(), node.color(), node.definition(), node.inclusion(), node.exclusion(), node.example());
        EditCode c = new EditCode(path, before, edit, vm.coderProperty().get(), seen(path), codeVersions);
        coding.perform(c, "Saved code", () -> select(c.pathAfter()));
    }

    /** Moves a code (and its sub-codes) under another code, or to the top level when {@code newParent} is null. */
    public void moveCode(String path, String newParent) {
        MoveCode c = new MoveCode(path, newParent, vm.coderProperty().get(), seen(path), codeVersions);
        coding.perform(c, "Moved " + path, () -> select(c.pathAfter()));
    }

    /** The code at {@code path} as the codebook shows it: its id and the version read with it. */
    private org.caravanqda.gui.coding.CodeVersion seen(String path) {
        return vm.codebook()
                .byPath(path)
                .map(n -> new org.caravanqda.gui.coding.CodeVersion(n.code().id(), n.seenVersion()))
                .orElse(new org.caravanqda.gui.coding.CodeVersion(-1, null));
    }

    /** "Move to…": asks where among {@link CodebookViewModel#moveTargets}, then moves (undoably). */
    public void askMove(String path) {
        vm.dialogs()
                .choose(
                        "Move code",
                        "Move " + path + " (with its sub-codes and codings) under:",
                        vm.codebook().moveTargets(path))
                .ifPresent(t -> moveCode(path, t.equals(CodebookViewModel.TOP_LEVEL) ? null : t));
    }

    /**
     * "Merge into…": asks for the target among {@link CodebookViewModel#mergeTargets}, then for a
     * confirmation that says what will happen (a merge cannot be undone); only a yes merges.
     */
    public void askMerge(String source) {
        List<String> targets = vm.codebook().mergeTargets(source);
        if (targets.isEmpty()) {
            vm.statusProperty().set("There is no other code to merge " + source + " into");
            return;
        }
        vm.dialogs()
                .choose(
                        "Merge code",
                        "Merge " + source + " into another code: its codings and sub-codes move there and " + source
                                + " is deleted. This cannot be undone.",
                        targets)
                .filter(target -> vm.dialogs().confirm("Merge code", mergeWarning(source, target)))
                .ifPresent(target -> mergeCode(source, target));
    }

    private String mergeWarning(String source, String target) {
        int codings = vm.codebook().byPath(source).map(n -> n.codings()).orElse(0);
        long children = vm.codebook().nodes().stream()
                .filter(n -> source.equals(
                        org.caravanqda.model.CodePath.parse(n.path()).parent()))
                .count();
        return String.format(
                Locale.ROOT,
                "Merge %s into %s?%n%n%s %s to %s%s, and %s is deleted. This cannot be undone "
                        + "(the undo history is cleared).",
                source,
                target,
                codings == 1 ? "Its 1 coding" : "Its " + codings + " codings",
                codings == 1 ? "goes" : "go",
                target,
                children == 0
                        ? ""
                        : children == 1
                                ? ", its sub-code moves under it"
                                : ", its " + children + " sub-codes move under it",
                source);
    }

    /**
     * "Delete…": a confirmation naming what goes (the code, its sub-codes, their codings), then a
     * backup of the project into its {@code backups/} folder, then the deletion (one transaction).
     * Not undoable: the backup is the way back ({@code caravan restore}), and the status says where it is.
     */
    public void askDelete(String path) {
        var node = vm.codebook().byPath(path).orElse(null);
        if (node == null) {
            return;
        }
        long subCodes = vm.codebook().nodes().stream()
                .filter(n -> n.path().startsWith(path + "/"))
                .count();
        int codings = node.codingsWithDescendants();
        String question = String.format(
                Locale.ROOT,
                "Delete %s%s and %s?%n%nA backup of the project is written to its backups folder first; the"
                        + " deletion cannot be undone otherwise (the undo history is cleared).",
                path,
                subCodes == 0 ? "" : subCodes == 1 ? " with its 1 sub-code" : " with its " + subCodes + " sub-codes",
                codings == 1 ? "1 coding" : codings + " codings");
        if (vm.dialogs().confirm("Delete code", question)) {
            deleteCode(path);
        }
    }

    private void deleteCode(String path) {
        String coder = vm.coderProperty().get();
        java.nio.file.Path zip = vm.project()
                .directory()
                .resolve("backups")
                .resolve("before-delete-"
                        + java.time.LocalDateTime.now()
                                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + ".zip");
        vm.<org.caravanqda.app.codebook.CodebookService.Deleted>change(
                (progress, cancel) -> {
                    java.nio.file.Files.createDirectories(zip.getParent());
                    vm.project().backup(zip);
                    return vm.project().codebook().delete(path, true, coder);
                },
                d -> {
                    coding.undoStack().clear();
                    vm.codebook().selectedProperty().set(null);
                    vm.statusProperty()
                            .set(String.format(
                                    Locale.ROOT,
                                    "Deleted %s (%d codes, %d codings in %d documents); backup: %s",
                                    d.path(),
                                    d.codes(),
                                    d.codings(),
                                    d.documents(),
                                    zip));
                });
    }

    /**
     * Merges a code into another (codings and sub-codes go to the target). Not undoable: the
     * history is cleared, since older steps may name the merged code.
     */
    public void mergeCode(String source, String target) {
        String coder = vm.coderProperty().get();
        vm.<String>change(
                (progress, cancel) -> vm.project().codebook().merge(source, target, coder),
                into -> vm.codebook().moved(source, into),
                into -> {
                    coding.undoStack().clear();
                    vm.statusProperty().set("Merged " + source + " into " + into);
                    select(into);
                });
    }

    private void select(String path) {
        vm.codebook().byPath(path).ifPresent(vm.codebook().selectedProperty()::set);
    }
}
