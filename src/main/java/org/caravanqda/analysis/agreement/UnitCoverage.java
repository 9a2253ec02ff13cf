package org.caravanqda.analysis.agreement;

import java.util.List;
import org.caravanqda.model.Span;

/**
 * How many characters of each unit each coder coded with each category. Units are sorted and
 * disjoint (sentences, paragraphs, turns, the whole document), so every interval finds its first
 * unit by binary search.
 */
final class UnitCoverage {
    private final int coders;
    private final int categories;
    private final int[] overlap;

    private UnitCoverage(int units, int coders, int categories) {
        this.coders = coders;
        this.categories = categories;
        this.overlap = new int[units * coders * categories];
    }

    /** {@code intervals[coder][category]}: sorted disjoint {s0, e0, s1, e1, ...}. */
    static UnitCoverage of(List<Span> units, int[][][] intervals) {
        int[] starts = units.stream().mapToInt(Span::start).toArray();
        int[] ends = units.stream().mapToInt(Span::end).toArray();
        UnitCoverage uc = new UnitCoverage(units.size(), intervals.length, intervals[0].length);
        for (int c = 0; c < intervals.length; c++) {
            for (int k = 0; k < intervals[c].length; k++) {
                int[] iv = intervals[c][k];
                for (int i = 0; i < iv.length; i += 2) {
                    int s = iv[i];
                    int e = iv[i + 1];
                    for (int u = firstEndingAfter(ends, s); u < starts.length && starts[u] < e; u++) {
                        uc.overlap[(u * uc.coders + c) * uc.categories + k] +=
                                Math.min(e, ends[u]) - Math.max(s, starts[u]);
                    }
                }
            }
        }
        return uc;
    }

    private static int firstEndingAfter(int[] ends, int position) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int overlap(int unit, int coder, int category) {
        return overlap[(unit * coders + coder) * categories + category];
    }

    /** The category covering most of the unit for this coder (ties: the lower index), or MISSING. */
    int dominant(int unit, int coder) {
        int best = Ratings.MISSING;
        int most = 0;
        for (int k = 0; k < categories; k++) {
            int o = overlap(unit, coder, k);
            if (o > most) {
                most = o;
                best = k;
            }
        }
        return best;
    }

    /** Number of categories this coder applied to the unit. */
    int applied(int unit, int coder) {
        int n = 0;
        for (int k = 0; k < categories; k++) {
            n += overlap(unit, coder, k) > 0 ? 1 : 0;
        }
        return n;
    }
}
