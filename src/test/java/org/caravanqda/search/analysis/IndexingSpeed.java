package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Single-thread indexing throughput of an analyzer, as in SEARCH-QUALITY.md: an in-memory index, serial merges, a
 * 64 MB buffer, one unstored text field per document of 20 sentences; MB = UTF-8 bytes of input. After a warm-up,
 * the median of timed runs. The machine is shared: read the figures as orders of magnitude (±30%).
 */
final class IndexingSpeed {
    private IndexingSpeed() {
    }

    static double mbPerSecond(Analyzer analyzer, List<String> sentences, int runs, long minNanosPerRun) {
        List<String> docs = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < sentences.size(); i += 20) {
            String d = String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 20)));
            docs.add(d);
            bytes += d.getBytes(StandardCharsets.UTF_8).length;
        }
        indexRepeatedly(analyzer, docs, minNanosPerRun / 2);
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long[] timed = indexRepeatedly(analyzer, docs, minNanosPerRun);
            rates[r] = bytes * timed[0] / 1e6 / (timed[1] / 1e9);
        }
        Arrays.sort(rates);
        return rates[runs / 2];
    }

    /** Indexes all documents as often as fits in {@code minNanos}; returns {passes, nanos}. */
    private static long[] indexRepeatedly(Analyzer analyzer, List<String> docs, long minNanos) {
        long start = System.nanoTime();
        long passes = 0;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergeScheduler(new SerialMergeScheduler())
                    .setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                do {
                    for (String d : docs) {
                        Document doc = new Document();
                        doc.add(new TextField("text", d, Field.Store.NO));
                        writer.addDocument(doc);
                    }
                    passes++;
                } while (System.nanoTime() - start < minNanos);
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {passes, System.nanoTime() - start};
    }
}
