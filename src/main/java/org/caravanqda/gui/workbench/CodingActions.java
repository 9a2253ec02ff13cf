package org.caravanqda.gui.workbench;

import java.util.List;
import java.util.Locale;
import org.caravanqda.app.codebook.CodeEdit;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.gui.coding.ApplyCoding;
import org.caravanqda.gui.coding.AutocodeHits;
import org.caravanqda.gui.coding.ChangeCoding;
import org.caravanqda.gui.coding.CodingIds;
import org.caravanqda.gui.coding.Command;
import org.caravanqda.gui.coding.EditCode;
import org.caravanqda.gui.coding.EditMemo;
import org.caravanqda.gui.coding.MoveCode;
import org.caravanqda.gui.coding.RemoveCoding;
import org.caravanqda.gui.coding.UndoStack;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.model.Span;

/**
 * What the coder does to the transcript and codebook: apply, remove, memo, new, edited, moved and
 * merged codes; all but new and merged codes can be undone and redone. The {@code ask*} methods
 * put their question (a name, a target, a confirmation) through the workbench's Dialogs.
 */
public final class CodingActions {
    /** A code name made from a selection is at most this long. */
    static final int NAME_MAX = 40;

    private static final String[] PALETTE = {
        "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990", "#808000",
        "#000075", "#e6a400"
    };
    private final WorkbenchViewModel vm;
    private final UndoStack undo = new UndoStack();
    private final CodingIds ids = new CodingIds();
    /** The codes' versions as this window showed them and left them (issue #20). */
    private final org.caravanqda.gui.coding.SeenVersions codeVersions = new org.caravanqda.gui.coding.SeenVersions();

    CodingActions(WorkbenchViewModel vm) {
        this.vm = vm;
    }

    /** Applies the code to the selected text (whitespace at its edges left out); false when nothing is selected. */
    public boolean apply(String codePath) {
        if (codingOff()) {
            return false;
        }
        String doc = vm.openDocumentName();
        int[] span = selection();
        if (doc == null || span == null || codePath == null) {
            vm.statusProperty()
                    .set(doc == null ? "Open a document first" : "Select a passage first, then choose a code");
            return false;
        }
        ApplyCoding c = new ApplyCoding(
                new CodeRequest(
                        doc,
                        span[0],
                        span[1],
                        null,
                        null,
                        codePath,
                        vm.coderProperty().get(),
                        null),
                ids);
        CodingMark pending = pending(codePath, span);
        if (pending != null) {
            vm.transcript().showPending(pending); // the stripe appears now; the store write follows on the job thread
        }
        vm.activityProperty().set("Saving the coding…");
        perform(c, "Coded with " + codePath, () -> {}, e -> {
            if (pending != null) {
                vm.transcript().dropPending(pending);
            }
            vm.statusProperty().set(org.caravanqda.gui.common.FailureLine.of("Coding with " + codePath, e));
        });
        recent.remove(codePath);
        recent.add(0, codePath);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
        return true;
    }

    /** Ids below zero: codings shown before the store has them (never a stored coding's id). */
    private long pendingIds;

    /** The coding as it will be stored, shown until the store's own is read back; null when the code is unknown here. */
    private CodingMark pending(String codePath, int[] span) {
        return vm.codebook()
                .byPath(codePath)
                .map(n -> new CodingMark(
                        --pendingIds,
                        n.code().id(),
                        codePath,
                        n.code().name(),
                        n.code().color(),
                        vm.coderProperty().get(),
                        span[0],
                        span[1],
                        java.time.Instant.now(),
                        null))
                .orElse(null);
    }

    private static final int RECENT = 5;
    private final javafx.collections.ObservableList<String> recent =
            javafx.collections.FXCollections.observableArrayList();

    /** The codes last applied in this session, most recent first (the transcript's context menu offers them). */
    public javafx.collections.ObservableList<String> recentCodes() {
        return recent;
    }

    /**
     * Whether there is a passage to code: a document open and text selected. When not, says so in
     * the status bar (before a code is asked for, as Ctrl+K does) and returns false.
     */
    public boolean readyToCode() {
        if (codingOff()) {
            return false;
        }
        if (vm.openDocumentName() == null) {
            vm.statusProperty().set("Open a document first");
            return false;
        }
        if (selection() == null) {
            vm.statusProperty()
                    .set("Nothing is selected: select a passage in the transcript first, then choose a code");
            return false;
        }
        return true;
    }

    /**
     * Codes every hit of a query around each match (the hit, its sentence, paragraph or turn), as
     * the CLI's autocode does; one undoable step.
     */
    public void autocode(String query, String codePath, AutocodeUnit unit) {
        if (codingOff()) {
            return;
        }
        AutocodeHits c = new AutocodeHits(new AutocodeRequest(
                query, codePath, unit, null, vm.coderProperty().get(), false));
        vm.activityProperty().set("Auto-coding with " + codePath + "…");
        vm.change(
                (p, x) -> {
                    c.redo(vm.project());
                    return c.report();
                },
                r -> {
                    if (r.created() > 0) {
                        undo.done(c);
                    }
                    vm.statusProperty()
                            .set(String.format(
                                    "Auto-coded %,d passages with %s%s",
                                    r.created(),
                                    codePath,
                                    r.alreadyCoded() == 0
                                            ? ""
                                            : String.format(" (%,d already coded)", r.alreadyCoded())));
                });
    }

    /** While pseudonyms are shown no offset on the shown text may reach the store: says so and returns true. */
    private boolean codingOff() {
        if (vm.showPseudonymsProperty().get()) {
            vm.statusProperty().set("Coding is off while pseudonyms are shown: turn off \"Show pseudonyms\" to code");
            return true;
        }
        return false;
    }

    public boolean applyPinned(int key) {
        return vm.codebook().pinnedAt(key).map(this::apply).orElse(false);
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
            if (code && selection() != null) {
                apply(path);
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
        perform(c, "Saved code", () -> select(c.pathAfter()));
    }

    /** Moves a code (and its sub-codes) under another code, or to the top level when {@code newParent} is null. */
    public void moveCode(String path, String newParent) {
        MoveCode c = new MoveCode(path, newParent, vm.coderProperty().get(), seen(path), codeVersions);
        perform(c, "Moved " + path, () -> select(c.pathAfter()));
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
                    undo.clear();
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
                    undo.clear();
                    vm.statusProperty().set("Merged " + source + " into " + into);
                    select(into);
                });
    }

    private void select(String path) {
        vm.codebook().byPath(path).ifPresent(vm.codebook().selectedProperty()::set);
    }

    public void remove(CodingMark mark) {
        remove(vm.openDocumentName(), mark);
    }

    /** Removes a coding of {@code document} (open or not: the retrieval list), undoably. */
    public void remove(String document, CodingMark mark) {
        if (stillSaving(mark)) {
            return;
        }
        perform(
                new RemoveCoding(document, mark, vm.coderProperty().get(), ids),
                "Removed " + mark.codePath(),
                () -> {});
    }

    /** Gives the coding another code (same span, coder and memo). */
    public void change(CodingMark mark, String newCode) {
        change(vm.openDocumentName(), mark, newCode);
    }

    /** Gives a coding of {@code document} (open or not: the retrieval list) another code, undoably. */
    public void change(String document, CodingMark mark, String newCode) {
        if (stillSaving(mark)) {
            return;
        }
        perform(
                new ChangeCoding(document, mark, newCode, vm.coderProperty().get(), ids),
                "Changed to " + newCode,
                () -> {});
    }

    public void memo(CodingMark mark, String memo) {
        if (stillSaving(mark)) {
            return;
        }
        if (ids.current(mark.id()) == mark.id()) {
            ids.saw(mark.id(), mark.seenVersion());
        }
        perform(new EditMemo(mark.id(), mark.memo(), memo, vm.coderProperty().get(), ids), "Memo saved", () -> {});
    }

    /**
     * A coding shown before the store has it (optimistic coding: a negative id) cannot be removed,
     * recoded or given a memo yet: one line says so instead of the store's refusal in a dialog.
     */
    private boolean stillSaving(CodingMark mark) {
        if (mark.id() >= 0) {
            return false;
        }
        vm.statusProperty().set("The coding with " + mark.codePath() + " is still being saved: try again in a moment");
        return true;
    }

    public void undo() {
        Command c = undo.nextUndo();
        if (c != null) {
            vm.change(
                    (p, x) -> {
                        c.undo(vm.project());
                        return null;
                    },
                    r -> follow(c),
                    r -> {
                        undo.undone(c);
                        vm.statusProperty().set("Undone: " + c.label());
                    },
                    e -> failed(c, "Cannot undo " + c.label(), e));
        }
    }

    public void redo() {
        Command c = undo.nextRedo();
        if (c != null) {
            vm.change(
                    (p, x) -> {
                        c.redo(vm.project());
                        return null;
                    },
                    r -> follow(c),
                    r -> {
                        undo.redone(c);
                        vm.statusProperty().set("Redone: " + c.label());
                    },
                    e -> failed(c, "Cannot redo " + c.label(), e));
        }
    }

    /** Does an undoable change from another view (memos), as the coding changes are done. */
    public void perform(Command c, String message) {
        perform(c, message, () -> {});
    }

    /**
     * Does an undoable change on the job thread, reads the window's state again, puts it on the
     * undo stack and shows {@code message}; {@code then} runs after (views beside the transcript,
     * such as agreement, use it for their own changes).
     */
    public void perform(Command c, String message, Runnable then) {
        perform(c, message, then, e -> failed(c, "Not done (" + c.label() + ")", e));
    }

    /**
     * A step refused because someone else changed or removed its item since this window showed it
     * (issue #20): one line says so, the window shows the item as it is now, and the step leaves the
     * history (it can no longer be done or undone). Any other failure is the error dialog as before.
     */
    private void failed(Command c, String what, Throwable e) {
        if (!(e instanceof org.caravanqda.app.common.StaleEditException stale)) {
            vm.notifier().error("Caravan", e);
            return;
        }
        undo.refused(c);
        vm.statusProperty()
                .set(what + ": someone else " + (stale.latest() == null ? "removed" : "changed")
                        + " it since you saw it; nothing was changed, shown now as it is");
        vm.reload();
    }

    /** As {@link #perform(Command, String, Runnable)}, with the view's own answer to a failure. */
    public void perform(Command c, String message, Runnable then, java.util.function.Consumer<Throwable> failed) {
        vm.change(
                (p, x) -> {
                    c.redo(vm.project());
                    return null;
                },
                r -> follow(c),
                r -> {
                    undo.done(c);
                    vm.statusProperty().set(message);
                    then.run();
                },
                failed);
    }

    /** Pins follow a code whose path the command changed. */
    private void follow(Command c) {
        String[] change = c.pathChange();
        if (change != null) {
            vm.codebook().moved(change[0], change[1]);
        }
    }

    /** The selection without leading and trailing whitespace, or null when it holds no text. */
    int[] selection() {
        var t = vm.transcript().transcriptProperty().get();
        int start = vm.transcript().selectionStartProperty().get();
        int end = vm.transcript().selectionEndProperty().get();
        if (t == null || end <= start || end > t.text().length()) {
            return null;
        }
        Span trimmed = Span.trimmed(t.text(), start, end);
        return trimmed.length() > 0 ? new int[] {trimmed.start(), trimmed.end()} : null;
    }

    /** Where commands follow codings applied again under new ids; commands made elsewhere share it. */
    public CodingIds codingIds() {
        return ids;
    }

    public UndoStack undoStack() {
        return undo;
    }
}
