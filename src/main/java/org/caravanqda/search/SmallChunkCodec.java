package org.caravanqda.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with small stored-field chunks. A search reads the stored fields of its top 100 hits at
 * random places in the index; the default chunks (80 KB behind a shared dictionary) made each read decompress about
 * 16 KB, over half of a search's time at a million segments. Chunks of 8 KB or 32 entries make each read a few KB.
 * Each subclass is one codec name in Lucene's SPI (META-INF/services), with its own stored-fields format name.
 */
abstract class SmallChunkCodec extends FilterCodec {
    private final StoredFieldsFormat storedFields;

    SmallChunkCodec(String name, String storedFieldsName, CompressionMode mode) {
        super(name, new Lucene912Codec());
        this.storedFields = new Lucene90CompressingStoredFieldsFormat(storedFieldsName, mode, 8 * 1024, 32, 10);
    }

    @Override
    public final StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
