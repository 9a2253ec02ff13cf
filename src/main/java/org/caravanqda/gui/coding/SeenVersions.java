package org.caravanqda.gui.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * The version this window last saw each item at (a code, by id), or left it at with its own edit
 * (issue #20, optimistic versions): every command of the window names it, so an edit or an undo
 * after someone else's change is refused instead of applied over it, and the window's own steps,
 * done and undone in any order, keep agreeing with the store.
 */
public final class SeenVersions {
    private final Map<Long, Long> versions = new HashMap<>();

    /** The window shows item {@code id} at {@code version} (null: unknown, its edits name none). */
    public synchronized void saw(long id, Long version) {
        if (version == null) {
            versions.remove(id);
        } else {
            versions.put(id, version);
        }
    }

    /** The version an edit of item {@code id} names; null when unknown. */
    public synchronized Long seen(long id) {
        return versions.get(id);
    }

    /** The window's own edit moved item {@code id} one version on. */
    public synchronized void bumped(long id) {
        versions.computeIfPresent(id, (k, v) -> v + 1);
    }
}
