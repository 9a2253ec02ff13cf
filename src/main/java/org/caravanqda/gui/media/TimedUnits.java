package org.caravanqda.gui.media;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.TextUnit;

/**
 * A document's units with start times (subtitle cues, time stamps in the text): a unit's time range
 * runs from its start to the next timed unit's start (the last one to the end of the recording).
 */
public final class TimedUnits {
    private final List<TextUnit> units;
    /** indices into {@link #units} of the timed ones, by time */
    private final int[] timed;

    private TimedUnits(List<TextUnit> units, int[] timed) {
        this.units = units;
        this.timed = timed;
    }

    public static TimedUnits of(List<TextUnit> units) {
        List<Integer> withTime = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).startMs() != null) {
                withTime.add(i);
            }
        }
        withTime.sort(
                (a, b) -> Long.compare(units.get(a).startMs(), units.get(b).startMs()));
        return new TimedUnits(
                List.copyOf(units),
                withTime.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether any unit has a time. */
    public boolean any() {
        return timed.length > 0;
    }

    /** The index of the unit whose time range holds {@code ms}, or -1 (before the first timed unit). */
    public int at(long ms) {
        int lo = 0;
        int hi = timed.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(timed[mid]).startMs() <= ms) {
                found = timed[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The start time of the unit holding text offset {@code offset}, or null when that unit has none. */
    public Long startAtOffset(int offset) {
        for (TextUnit u : units) {
            if (u.start() <= offset && offset <= u.end()) {
                return u.startMs();
            }
        }
        return null;
    }

    public int size() {
        return units.size();
    }

    public TextUnit unit(int index) {
        return units.get(index);
    }
}
