package org.caravanqda.analysis.agreement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A document's marks per coder and row as sorted, disjoint intervals (overlapping or touching
 * codings of one coder with one code merge): {@code get(coder, row)} is {s0, e0, s1, e1, ...}.
 */
final class MergedMarks {
    private static final int[] NONE = new int[0];
    private final int[][][] intervals;

    private MergedMarks(int[][][] intervals) {
        this.intervals = intervals;
    }

    static MergedMarks of(List<Mark> marks, int coders, int rows) {
        int[][][] out = new int[coders][rows][];
        for (int[][] perRow : out) {
            Arrays.fill(perRow, NONE);
        }
        Mark[] sorted = marks.toArray(new Mark[0]);
        Arrays.sort(
                sorted,
                Comparator.comparingInt(Mark::coder).thenComparingInt(Mark::row).thenComparingInt(Mark::start));
        int i = 0;
        while (i < sorted.length) {
            int coder = sorted[i].coder();
            int row = sorted[i].row();
            int[] buf = new int[8];
            int size = 0;
            for (; i < sorted.length && sorted[i].coder() == coder && sorted[i].row() == row; i++) {
                Mark m = sorted[i];
                if (size > 0 && m.start() <= buf[size - 1]) {
                    buf[size - 1] = Math.max(buf[size - 1], m.end());
                } else {
                    if (size + 2 > buf.length) {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                    buf[size++] = m.start();
                    buf[size++] = m.end();
                }
            }
            out[coder][row] = Arrays.copyOf(buf, size);
        }
        return new MergedMarks(out);
    }

    int[] get(int coder, int row) {
        return intervals[coder][row];
    }

    /** The coders' intervals of one row as the only category: [coder][0][...]. */
    int[][][] row(int row) {
        int[][][] out = new int[intervals.length][1][];
        for (int c = 0; c < intervals.length; c++) {
            out[c][0] = intervals[c][row];
        }
        return out;
    }

    /** All rows as categories: [coder][row][...]. */
    int[][][] all() {
        return intervals;
    }

    static boolean isEmpty(int[][][] byCoderAndCategory) {
        for (int[][] perCategory : byCoderAndCategory) {
            for (int[] iv : perCategory) {
                if (iv.length > 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
