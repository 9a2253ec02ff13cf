package org.caravanqda.app.bench;

import java.nio.file.Path;

/** A benchmark run: N documents of W words, from real sentences in {@code corpus} when given. */
public record BenchConfig(int documents, int words, Path corpus, long seed) {
    public BenchConfig {
        if (documents < 1 || words < 10) {
            throw new org.caravanqda.app.CaravanException("bench needs at least 1 document of at least 10 words");
        }
    }
}
