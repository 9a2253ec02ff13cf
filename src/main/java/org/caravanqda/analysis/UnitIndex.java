package org.caravanqda.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.caravanqda.model.TextUnit;

/** Finds a document's turns or paragraphs by offset (binary search over units ordered by start). */
public final class UnitIndex {
    private final TextUnit[] units;
    private final int[] starts;

    public UnitIndex(List<TextUnit> units) {
        this.units =
                units.stream().sorted(Comparator.comparingInt(TextUnit::start)).toArray(TextUnit[]::new);
        this.starts = Arrays.stream(this.units).mapToInt(TextUnit::start).toArray();
    }

    public int size() {
        return units.length;
    }

    public TextUnit unit(int i) {
        return units[i];
    }

    /** Index of the last unit starting at or before {@code offset}, or -1. */
    private int lastStartingBy(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < starts.length && starts[i + 1] == offset) {
            i++;
        }
        return i;
    }

    /**
     * The speaker of a coding: the unit containing its start, else (a coding that starts between
     * units) the first unit it overlaps; null when there is none or the unit has no speaker.
     */
    public String speakerAt(int start, int end) {
        TextUnit u = unitAt(start, end);
        return u == null ? null : u.speaker();
    }

    /**
     * The time in the recording where a coding starts: the start time (subtitle cue or time stamp
     * in the text) of the unit {@link #speakerAt} takes the speaker from; null when it has none.
     */
    public Long startMsAt(int start, int end) {
        TextUnit u = unitAt(start, end);
        return u == null ? null : u.startMs();
    }

    private TextUnit unitAt(int start, int end) {
        int[] range = overlapping(start, Math.max(end, start + 1));
        for (int i = range[0]; i < range[1]; i++) {
            if (units[i].start() <= start && start < units[i].end()) {
                return units[i];
            }
        }
        return range[0] < range[1] ? units[range[0]] : null;
    }

    /** Units overlapping [start, end): indices from (inclusive) and to (exclusive). */
    public int[] overlapping(int start, int end) {
        int last = lastStartingBy(end - 1);
        int first = last;
        while (first >= 0 && units[first].end() > start) {
            first--;
        }
        // units do not overlap each other, so the ones ending after start are contiguous
        return new int[] {first + 1, last + 1};
    }
}
