package org.caravanqda.app.pseudonym;

import java.util.Arrays;

/**
 * Maps offsets of a text onto the same text with names replaced. A position inside a replaced
 * name maps to the start of its replacement when it starts a span and to the end when it ends
 * one, so a coding that cuts a name keeps the whole pseudonym and never a piece of the real name.
 */
public final class OffsetMap {
    /** Replaced ranges in the old text and where they went in the new one, ascending. */
    private final int[] oldStart;

    private final int[] oldEnd;
    private final int[] newStart;
    private final int[] newEnd;
    private final int size;

    OffsetMap(int[] oldStart, int[] oldEnd, int[] newStart, int[] newEnd, int size) {
        this.oldStart = oldStart;
        this.oldEnd = oldEnd;
        this.newStart = newStart;
        this.newEnd = newEnd;
        this.size = size;
    }

    static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0], new int[0], new int[0], 0);

    /** The new offset of a span's start. */
    public int start(int old) {
        return map(old, true);
    }

    /** The new offset of a span's end. */
    public int end(int old) {
        return map(old, false);
    }

    private int map(int old, boolean start) {
        // the last replacement beginning at or before old
        int k = Arrays.binarySearch(oldStart, 0, size, old);
        int i = k >= 0 ? k : -k - 2;
        if (k >= 0) {
            return newStart[i];
        }
        if (i < 0) {
            return old;
        }
        if (old < oldEnd[i]) {
            return start ? newStart[i] : newEnd[i];
        }
        return newEnd[i] + (old - oldEnd[i]);
    }
}
