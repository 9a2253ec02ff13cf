package org.caravanqda.gui.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * Undoing a removal applies the coding again under a new id; older commands still name the old
 * one. This table follows such moves, so every command reaches the coding it meant.
 */
public final class CodingIds {
    private final Map<Long, Long> moved = new HashMap<>();
    /** The version this window last saw each coding at, or left it at with its own edit (issue #20). */
    private final Map<Long, Long> versions = new HashMap<>();

    /** This window shows the coding {@code id} at {@code version} (null: unknown, its edits name none). */
    public void saw(long id, Long version) {
        if (version == null) {
            versions.remove(id);
        } else {
            versions.put(id, version);
        }
    }

    /** The version an edit of the coding (now {@link #current}) names: what this window saw or left it at. */
    public Long seen(long id) {
        return versions.get(current(id));
    }

    /** This window's edit moved the coding one version on. */
    public void bumped(long id) {
        versions.computeIfPresent(current(id), (k, v) -> v + 1);
    }

    public void moved(long from, long to) {
        if (from != to) {
            moved.put(from, to);
        }
    }

    public long current(long id) {
        long at = id;
        for (Long next = moved.get(at); next != null; next = moved.get(at)) {
            at = next;
        }
        return at;
    }
}
