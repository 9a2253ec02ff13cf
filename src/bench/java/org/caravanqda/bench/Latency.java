package org.caravanqda.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/** Runs a query repeatedly and reports median and 95th percentile in milliseconds, and its hit count. */
record Latency(double medianMs, double p95Ms, long hits) {
    static Latency of(int warmups, int runs, LongSupplier query) {
        long hits = 0;
        for (int i = 0; i < warmups; i++) {
            hits = query.getAsLong();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            hits = query.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Latency(ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], hits);
    }
}
