package org.caravanqda.gui.memos;

import org.caravanqda.app.Project;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.gui.coding.Command;
import org.caravanqda.gui.coding.SeenVersions;
import org.caravanqda.model.Memo;

/** The undoable memo changes of the window: each runs through MemoService, then refreshes the list. */
final class MemoCommands {
    private MemoCommands() {}

    /** Writes a memo; undo removes it, redo puts the same memo (same id) back. */
    static final class Add implements Command {
        private final MemoService.Target target;
        private final String title;
        private final String text;
        private final String coder;
        private final Runnable changed;
        private Memo written;

        Add(MemoService.Target target, String title, String text, String coder, Runnable changed) {
            this.target = target;
            this.title = title;
            this.text = text;
            this.coder = coder;
            this.changed = changed;
        }

        @Override
        public String label() {
            return "add memo";
        }

        @Override
        public void redo(Project project) {
            if (written == null) {
                written = project.memos().add(target, title, text, coder);
            } else {
                project.memos().restore(written, coder);
            }
            changed.run();
        }

        @Override
        public void undo(Project project) {
            project.memos().remove(written.id(), coder);
            changed.run();
        }
    }

    /** Changes a memo's title and text; undo puts back what it said. */
    static final class Edit implements Command {
        private final long id;
        private final String title;
        private final String text;
        private final String coder;
        private final Runnable changed;
        private final SeenVersions versions;
        private Memo before;

        /** {@code seenVersion}: the memo's version as the window showed it (issue #20; null: no check). */
        Edit(
                long id,
                String title,
                String text,
                String coder,
                Long seenVersion,
                SeenVersions versions,
                Runnable changed) {
            this.versions = versions;
            versions.saw(id, seenVersion);
            this.id = id;
            this.title = title;
            this.text = text;
            this.coder = coder;
            this.changed = changed;
        }

        @Override
        public String label() {
            return "edit memo";
        }

        @Override
        public void redo(Project project) {
            before = project.memos().edit(id, title, text, coder, versions.seen(id));
            versions.bumped(id);
            changed.run();
        }

        @Override
        public void undo(Project project) {
            project.memos().revert(before, coder, versions.seen(id));
            versions.bumped(id);
            changed.run();
        }
    }

    /** Removes a memo; undo puts it back under its own id. */
    static final class Remove implements Command {
        private final long id;
        private final String coder;
        private final Runnable changed;
        private final SeenVersions versions;
        private Memo removed;

        Remove(long id, String coder, Long seenVersion, SeenVersions versions, Runnable changed) {
            this.versions = versions;
            versions.saw(id, seenVersion);
            this.id = id;
            this.coder = coder;
            this.changed = changed;
        }

        @Override
        public String label() {
            return "remove memo";
        }

        @Override
        public void redo(Project project) {
            removed = project.memos().remove(id, coder, versions.seen(id));
            changed.run();
        }

        @Override
        public void undo(Project project) {
            project.memos().restore(removed, coder);
            versions.saw(id, 0L); // put back as a new row
            changed.run();
        }
    }
}
