package org.caravanqda.gui.workbench;

import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.gui.coding.ApplyCoding;
import org.caravanqda.gui.coding.AutocodeHits;
import org.caravanqda.gui.coding.ChangeCoding;
import org.caravanqda.gui.coding.CodingIds;
import org.caravanqda.gui.coding.Command;
import org.caravanqda.gui.coding.EditMemo;
import org.caravanqda.gui.coding.RemoveCoding;
import org.caravanqda.gui.coding.UndoStack;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.model.Span;

/**
 * What the coder does to the transcript: apply, remove, change a coding's code, memo, auto-code;
 * each can be undone and redone. The undo history is shared with the codebook's edits and moves
 * ({@link CodebookActions}), so one Undo takes back the last change of either.
 */
public final class CodingActions {
    private final WorkbenchViewModel vm;
    private final UndoStack undo = new UndoStack();
    private final CodingIds ids = new CodingIds();

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
