package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOSupplier;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.app.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 22: a damaged Lucene file (bytes flipped, a compound file cut short, one file deleted)
 * made every search throw and {@code check} say ok. Now a search answers (the index is discarded
 * and rebuilt from the store first) and {@code check} finds the damage and says so.
 */
class DamagedIndexTest {
    @TempDir
    static Path shared;

    static Path demo;
    static long economicPush;
    static long bishkek;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildDemo() {
        demo = shared.resolve("demo");
        new DemoService(TestApp.app()).build(demo, Progress.NONE);
        try (Project p = TestApp.app().open(demo)) {
            economicPush = segments(p, "code:\"Economic push\"");
            bishkek = units(p, "Bishkek");
        }
        assertThat(economicPush).isPositive();
        assertThat(bishkek).isPositive();
    }

    private static long segments(Project p, String q) {
        return p.search().search(q, SearchScope.SEGMENTS, 10, true).total();
    }

    private static long units(Project p, String q) {
        return p.search().search(q, SearchScope.UNITS, 100, true).total();
    }

    /** The kinds of damage a disk, a sync tool or a stray program does to an index folder. */
    enum Damage {
        BYTES_FLIPPED_IN_THE_COMPOUND_FILE {
            @Override
            void to(Path index) throws IOException {
                Path cfs = largest(index, ".cfs");
                long size = Files.size(cfs);
                for (long at : new long[] {size / 3, size / 2, 2 * size / 3}) {
                    flip(cfs, at, 32);
                }
            }
        },
        A_BYTE_FLIPPED_IN_EVERY_KIB_OF_THE_COMPOUND_FILE {
            @Override
            void to(Path index) throws IOException {
                Path cfs = largest(index, ".cfs");
                for (long at = 512; at < Files.size(cfs); at += 1024) {
                    flip(cfs, at, 1);
                }
            }
        },
        STORED_FIELDS_FLIPPED_INSIDE_THE_COMPOUND_FILE {
            @Override
            void to(Path index) throws IOException {
                flipInside(index, ".fdt");
            }
        },
        TERMS_FLIPPED_INSIDE_THE_COMPOUND_FILE {
            @Override
            void to(Path index) throws IOException {
                flipInside(index, ".tim");
            }
        },
        BYTES_FLIPPED_IN_THE_SEGMENT_INFO {
            @Override
            void to(Path index) throws IOException {
                Path si = largest(index, ".si");
                flip(si, Files.size(si) / 2, 4);
            }
        },
        COMPOUND_FILE_CUT_IN_HALF {
            @Override
            void to(Path index) throws IOException {
                Path cfs = largest(index, ".cfs");
                try (FileChannel ch = FileChannel.open(cfs, StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() / 2);
                }
            }
        },
        COMPOUND_FILE_DELETED {
            @Override
            void to(Path index) throws IOException {
                Files.delete(largest(index, ".cfs"));
            }
        },
        COMPOUND_ENTRIES_DELETED {
            @Override
            void to(Path index) throws IOException {
                Files.delete(largest(index, ".cfe"));
            }
        };

        abstract void to(Path index) throws IOException;
    }

    static Path largest(Path index, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(index)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow(() -> new AssertionError("no " + suffix + " in " + index));
        }
    }

    /**
     * Flips 16 bytes at a quarter, half and three quarters of the part of the compound file that
     * holds the file with this extension (where the compound entries file says it lies).
     */
    static void flipInside(Path index, String extension) throws IOException {
        Path cfe = largest(index, ".cfe");
        long[] region = null;
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index);
                org.apache.lucene.store.IndexInput in =
                        d.openInput(cfe.getFileName().toString(), org.apache.lucene.store.IOContext.READONCE)) {
            in.seek(org.apache.lucene.codecs.CodecUtil.indexHeaderLength("Lucene90CompoundEntries", ""));
            int n = in.readVInt();
            for (int i = 0; i < n; i++) {
                String id = in.readString();
                long offset = in.readLong();
                long length = in.readLong();
                if (id.endsWith(extension) && (region == null || length > region[1])) {
                    region = new long[] {offset, length};
                }
            }
        }
        assertThat(region).as(extension + " in the compound file").isNotNull();
        Path cfs = largest(index, ".cfs");
        for (long at : new long[] {region[1] / 4, region[1] / 2, 3 * region[1] / 4}) {
            flip(cfs, region[0] + at, 16);
        }
    }

    /** Inverts {@code count} bytes in place (no truncation: the file may be mapped by a running session). */
    static void flip(Path file, long at, int count) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(count);
            ch.read(b, at);
            for (int i = 0; i < count; i++) {
                b.put(i, (byte) ~b.get(i));
            }
            b.rewind();
            ch.write(b, at);
        }
    }

    private Path copyOfDemo() throws IOException {
        return TestApp.copyOf(demo, tmp.resolve("p"));
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aSearchAnswersAfterTheDamagedIndexIsRebuilt(Damage damage) throws IOException {
        Path dir = copyOfDemo();
        damage.to(dir.resolve("index"));
        try (Project p = TestApp.app().open(dir)) {
            assertThat(segments(p, "code:\"Economic push\"")).isEqualTo(economicPush);
            assertThat(units(p, "Bishkek")).isEqualTo(bishkek);
        }
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).isTrue();
            assertThat(r.repairs()).isEmpty(); // repaired for good by the search
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void checkFindsTheDamageAndSaysSo(Damage damage) throws IOException {
        Path dir = copyOfDemo();
        damage.to(dir.resolve("index"));
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).isTrue();
            assertThat(r.repairs())
                    .singleElement()
                    .asString()
                    .contains("the search index was damaged")
                    .contains("rebuilt from the store (" + r.store().get("documents") + " documents)");
            assertThat(r.index().segments()).isEqualTo(r.store().get("codings"));
            assertThat(units(p, "Bishkek")).isEqualTo(bishkek);
        }
    }

    /**
     * Files that start failing while the session runs (a disk going bad under an open index): every
     * read throws what a damaged file made Lucene throw, ArrayIndexOutOfBoundsException. Files
     * written after a wipe read fine.
     */
    static final class Breakable extends IndexInput {
        private final IndexInput in;
        private final AtomicBoolean broken;

        Breakable(IndexInput in, AtomicBoolean broken) {
            super("breakable(" + in + ")");
            this.in = in;
            this.broken = broken;
        }

        private void check() {
            if (broken.get()) {
                throw new ArrayIndexOutOfBoundsException("Index -7 out of bounds for length 16");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public long getFilePointer() {
            return in.getFilePointer();
        }

        @Override
        public void seek(long pos) throws IOException {
            check();
            in.seek(pos);
        }

        @Override
        public long length() {
            return in.length();
        }

        @Override
        public IndexInput slice(String description, long offset, long length) throws IOException {
            return new Breakable(in.slice(description, offset, length), broken);
        }

        @Override
        public byte readByte() throws IOException {
            check();
            return in.readByte();
        }

        @Override
        public void readBytes(byte[] b, int offset, int len) throws IOException {
            check();
            in.readBytes(b, offset, len);
        }

        @Override
        public IndexInput clone() {
            return new Breakable(in.clone(), broken);
        }
    }

    @Test
    void anIndexThatFailsUnderARunningSessionIsDiscardedRebuiltAndTheSearchAnswers() throws IOException {
        Path dir = copyOfDemo();
        Path folder = tmp.resolve("index-under-test");
        AtomicBoolean broken = new AtomicBoolean();
        AtomicInteger opened = new AtomicInteger();
        ReplaceableIndex.Files files = new ReplaceableIndex.Files() {
            @Override
            public LuceneSearchIndex open() throws IOException {
                opened.incrementAndGet();
                Directory d = new FilterDirectory(FSDirectory.open(folder)) {
                    @Override
                    public IndexInput openInput(String name, IOContext context) throws IOException {
                        return new Breakable(in.openInput(name, context), broken);
                    }
                };
                return new LuceneSearchIndex(d, new FieldAnalyzer(new TextAnalyzers()), null, folder);
            }

            @Override
            public void wipe() throws IOException {
                LuceneSearchIndexes.deleteAllButMark(folder);
                broken.set(false); // the bad files are gone; new ones read fine
            }
        };
        try (Project p = TestApp.app().open(dir);
                ReplaceableIndex index = new ReplaceableIndex(files, files.open(), null)) {
            SearchService search = new SearchService(StoreAccess.of(p), index);
            assertThat(search.search("Bishkek", SearchScope.UNITS, 100, true).total())
                    .isEqualTo(bishkek);

            broken.set(true);
            assertThat(search.search("Bishkek", SearchScope.UNITS, 100, true).total())
                    .isEqualTo(bishkek);
            assertThat(opened).as("discarded and opened anew").hasValue(2);
            assertThat(search.search("code:\"Economic push\"", SearchScope.SEGMENTS, 10, true)
                            .total())
                    .isEqualTo(economicPush);
            assertThat(search.facts().segments()).isEqualTo(90);
        }
    }

    @Test
    void checkReadsAnIndexThatOpensThroughAndFindsAFlippedByte() throws IOException {
        Path dir = copyOfDemo();
        try (Project p = TestApp.app().open(dir)) {
            p.search(); // opened intact (its checksums verified), then damaged on disk
            Damage.BYTES_FLIPPED_IN_THE_COMPOUND_FILE.to(dir.resolve("index"));
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.repairs()).anySatisfy(x -> assertThat(x).contains("the search index was damaged"));
            assertThat(units(p, "Bishkek")).isEqualTo(bishkek);
        }
        List<String> left;
        try (Stream<Path> s = Files.list(dir.resolve("index"))) {
            left = s.map(f -> f.getFileName().toString()).toList();
        }
        assertThat(left).contains("caravan-store.mark"); // the evidence of ADR 0018 survives a rebuild
    }

    /**
     * A commit can keep a segment whose entries were all updated since. Searches skip it, so the
     * open's read-through skipped it too, while {@code check} read it: damage there passed the
     * open and a search, then {@code check} reported it (a CI failure, with the demo's segments as
     * they fell that run).
     */
    @Test
    void damageInASegmentWhoseEntriesWereAllUpdatedIsFoundAtOpen() throws IOException {
        Path folder = tmp.resolve("index-with-a-dead-segment");
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(new CaravanCodec())
                .setMergePolicy(new FilterMergePolicy(NoMergePolicy.INSTANCE) {
                    @Override
                    public boolean keepFullyDeletedSegment(IOSupplier<CodecReader> reader) {
                        return true;
                    }
                });
        try (Directory d = FSDirectory.open(folder);
                IndexWriter w = new IndexWriter(d, config)) {
            w.addDocument(entry("the first version of the transcript"));
            w.commit();
            w.updateDocument(new Term(IndexSchema.DOC_KEY, "1"), entry("the transcript as corrected"));
            w.commit();
        }
        try (Directory d = FSDirectory.open(folder)) {
            assertThat(SegmentInfos.readLatestCommit(d).asList())
                    .anySatisfy(sci -> assertThat(sci.getDelCount()).isEqualTo(sci.info.maxDoc()));
        }
        flipInTheMiddle(largestOf(folder, "_0."));

        LuceneSearchIndex index =
                new LuceneSearchIndex(FSDirectory.open(folder), new FieldAnalyzer(new TextAnalyzers()));
        try {
            assertThat(index.damage()).contains("checksum failed");
            assertThat(index.verify()).contains("segment _0");
        } finally {
            index.close();
        }
    }

    private static Document entry(String text) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.DOC_KEY, "1", Field.Store.YES));
        doc.add(new TextField("text", text + " " + "padding ".repeat(200), Field.Store.YES));
        return doc;
    }

    private static Path largestOf(Path folder, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow(() -> new AssertionError("no " + prefix + " file in " + folder));
        }
    }

    private static void flipInTheMiddle(Path file) throws IOException {
        flip(file, Files.size(file) / 2, 8);
    }
}
