package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    private IndexingSpeed() {}

    /** Median MB/s of {@code runs} timed runs after a warm-up that lets the JIT compile the analysis chain. */
    static double mbPerSecond(Analyzer analyzer, List<String> sentences, int runs, long minNanosPerRun) {
        List<String> docs = documents(sentences);
        indexRepeatedly(analyzer, docs, minNanosPerRun);
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            rates[r] = rate(analyzer, docs, minNanosPerRun);
        }
        return median(rates);
    }

    /**
     * {ours MB/s, baseline MB/s, median of the per-round ratios}. The two are timed in alternation and by the indexing
     * thread's CPU time, so load from other processes on the shared machine (a load average of 7 on 2 cores was seen)
     * hits both alike and barely moves the ratio. The MB/s are per CPU second of the indexing thread.
     */
    static double[] relative(
            Analyzer ours, Analyzer baseline, List<String> sentences, int rounds, long minNanosPerRun) {
        List<String> docs = documents(sentences);
        indexRepeatedly(ours, docs, minNanosPerRun);
        indexRepeatedly(baseline, docs, minNanosPerRun);
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            a[r] = cpuRate(ours, docs, minNanosPerRun);
            b[r] = cpuRate(baseline, docs, minNanosPerRun);
            ratio[r] = a[r] / b[r];
        }
        return new double[] {median(a), median(b), median(ratio)};
    }

    private static List<String> documents(List<String> sentences) {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 20) {
            docs.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 20))));
        }
        return docs;
    }

    private static double rate(Analyzer analyzer, List<String> docs, long minNanos) {
        long bytes = docs.stream()
                .mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        long[] timed = indexRepeatedly(analyzer, docs, minNanos);
        return bytes * timed[0] / 1e6 / (timed[1] / 1e9);
    }

    private static double cpuRate(Analyzer analyzer, List<String> docs, long minNanos) {
        long bytes = docs.stream()
                .mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long[] timed = indexRepeatedly(analyzer, docs, minNanos);
        return bytes * timed[0] / 1e6 / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Indexes all documents as often as fits in {@code minNanos}; returns {passes, nanos}. */
    private static long[] indexRepeatedly(Analyzer analyzer, List<String> docs, long minNanos) {
        long start = System.nanoTime();
        long passes = 0;
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setMergeScheduler(new SerialMergeScheduler())
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
