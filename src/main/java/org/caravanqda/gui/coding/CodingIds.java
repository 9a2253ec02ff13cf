package org.caravanqda.gui.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * Undoing a removal applies the coding again under a new id; older commands still name the old
 * one. This table follows such moves, so every command reaches the coding it meant.
 */
public final class CodingIds {
    private final Map<Long, Long> moved = new HashMap<>();

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
