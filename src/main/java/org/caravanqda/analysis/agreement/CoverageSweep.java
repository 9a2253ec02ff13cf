package org.caravanqda.analysis.agreement;

import java.util.Arrays;

/**
 * Walks a document from boundary to boundary of the coders' intervals and reports each stretch
 * with what covers it. Cost grows with the number of codings, not with the length of the text:
 * a 60,000-character document with ten codings is a handful of stretches, not 60,000 cells.
 */
final class CoverageSweep {
    private static final int BITS = 10;

    private CoverageSweep() {}

    /** Receives [start, end) and covered[coder][category]; the array is reused between calls. */
    @FunctionalInterface
    interface StretchConsumer {
        void accept(int start, int end, boolean[][] covered);
    }

    /** {@code intervals[coder][category]}: sorted disjoint {s0, e0, s1, e1, ...} within [0, length). */
    static void sweep(int length, int[][][] intervals, StretchConsumer consumer) {
        int coders = intervals.length;
        int categories = intervals[0].length;
        if (coders >= 1 << BITS || categories >= 1 << BITS) {
            throw new IllegalArgumentException("too many coders or codes for one sweep");
        }
        int count = 0;
        for (int[][] perCategory : intervals) {
            for (int[] iv : perCategory) {
                count += iv.length;
            }
        }
        // one event per boundary: position, then coder and category, then start (1) or end (0)
        long[] events = new long[count];
        int e = 0;
        for (int c = 0; c < coders; c++) {
            for (int k = 0; k < categories; k++) {
                int[] iv = intervals[c][k];
                for (int i = 0; i < iv.length; i++) {
                    long who = ((long) c << BITS | k) << 1 | (i % 2 == 0 ? 1 : 0);
                    events[e++] = (long) iv[i] << (2 * BITS + 1) | who;
                }
            }
        }
        Arrays.sort(events);
        boolean[][] covered = new boolean[coders][categories];
        int previous = 0;
        for (long event : events) {
            int position = (int) (event >>> (2 * BITS + 1));
            if (position > previous) {
                consumer.accept(previous, position, covered);
                previous = position;
            }
            int category = (int) (event >>> 1) & ((1 << BITS) - 1);
            int coder = (int) (event >>> (BITS + 1)) & ((1 << BITS) - 1);
            covered[coder][category] = (event & 1) == 1;
        }
        if (length > previous) {
            consumer.accept(previous, length, covered);
        }
    }
}
