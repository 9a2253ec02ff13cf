package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.caravanqda.app.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 12 writes stored fields without compression under a new codec name. An index of version 11, written
 * with the LZ4 codec, must still open (not be reported as damaged) and ask to be rebuilt, as every older index does.
 */
class OlderCodecIndexTest {
    @TempDir
    Path project;

    @Test
    void anIndexOfTheLz4CodecOpensAndAsksToBeRebuiltInsteadOfBeingCalledDamaged() throws Exception {
        try (Directory dir = FSDirectory.open(project.resolve(LuceneSearchIndexes.FOLDER));
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new CaravanLz4Codec()))) {
            Document d = new Document();
            d.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_UNIT, Field.Store.NO));
            d.add(new StoredField(IndexSchema.STORED_DOC, "interview-01.txt"));
            w.addDocument(d);
            w.setLiveCommitData(Map.of(
                            LuceneSearchIndex.SCHEMA, "11",
                            LuceneSearchIndex.GENERATION, "7")
                    .entrySet());
            w.commit();
        }
        try (Directory dir = FSDirectory.open(project.resolve(LuceneSearchIndexes.FOLDER));
                DirectoryReader r = DirectoryReader.open(dir)) {
            assertThat(r.storedFields().document(0).get(IndexSchema.STORED_DOC))
                    .as("the old codec still reads its stored fields")
                    .isEqualTo("interview-01.txt");
        }

        try (SearchIndex index = new LuceneSearchIndexes().open(project)) {
            assertThat(index.discardedAtOpen()).as("not damage").isEmpty();
            assertThat(index.generation())
                    .as("behind the store: rebuilt from it")
                    .isEqualTo(-1);
        }
    }

    @Test
    void theCurrentCodecWritesStoredFieldsThatReadBackWhole() throws Exception {
        String turn = "Р: Мы уехали в Алматы в сентябре 2022 года, через неделю после объявления мобилизации. ";
        try (Directory dir = FSDirectory.open(project.resolve("plain"));
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setCodec(new CaravanCodec()))) {
            for (int i = 0; i < 500; i++) {
                Document d = new Document();
                d.add(new StoredField(IndexSchema.STORED_DOC, i + ": " + turn.repeat(1 + i % 40)));
                w.addDocument(d);
            }
            w.commit();
        }
        try (Directory dir = FSDirectory.open(project.resolve("plain"));
                DirectoryReader r = DirectoryReader.open(dir)) {
            // read out of order, across chunk boundaries: each value whole, none shifted by its neighbours
            for (int i : new int[] {499, 0, 250, 31, 32, 33, 1, 498}) {
                assertThat(r.storedFields().document(i).get(IndexSchema.STORED_DOC))
                        .isEqualTo(i + ": " + turn.repeat(1 + i % 40));
            }
        }
    }
}
