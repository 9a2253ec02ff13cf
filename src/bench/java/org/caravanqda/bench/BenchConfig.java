package org.caravanqda.bench;

import java.nio.file.Path;

/**
 * A benchmark run: N documents of W words, from real sentences in {@code corpus} when given;
 * with {@code segments} > 0 also that many codings exported to .xlsx and .csv; with
 * {@code searchSegments} > 0 that many more coded segments searched with Lucene and SQL LIKE; with
 * {@code retrievalSegments} > 0 the retrieval view opened on that many codings (the export's, when there are).
 */
public record BenchConfig(
        int documents, int words, Path corpus, long seed, int segments, int searchSegments, int retrievalSegments) {
    public BenchConfig {
        if (documents < 1 || words < 10) {
            throw new org.caravanqda.app.common.CaravanException(
                    "bench needs at least 1 document of at least 10 words");
        }
        if (segments < 0 || searchSegments < 0 || retrievalSegments < 0) {
            throw new org.caravanqda.app.common.CaravanException("--segments and --search-segments cannot be negative");
        }
    }

    public BenchConfig(int documents, int words, Path corpus, long seed) {
        this(documents, words, corpus, seed, 0, 0);
    }

    /** Without the retrieval figures. */
    public BenchConfig(int documents, int words, Path corpus, long seed, int segments, int searchSegments) {
        this(documents, words, corpus, seed, segments, searchSegments, 0);
    }
}
