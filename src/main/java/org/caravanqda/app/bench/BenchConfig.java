package org.caravanqda.app.bench;

import java.nio.file.Path;

/**
 * A benchmark run: N documents of W words, from real sentences in {@code corpus} when given,
 * then (when {@code segments} > 0) that many coded segments for the search figures.
 */
public record BenchConfig(int documents, int words, Path corpus, long seed, int segments) {
    public BenchConfig {
        if (documents < 1 || words < 10 || segments < 0) {
            throw new org.caravanqda.app.CaravanException("bench needs at least 1 document of at least 10 words, and"
                    + " segments >= 0");
        }
    }

    public BenchConfig(int documents, int words, Path corpus, long seed) {
        this(documents, words, corpus, seed, 0);
    }
}
