package org.caravanqda.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with small stored-field chunks written as they are. A search reads the stored fields of its
 * top 100 hits at random places in the index; the default chunks (80 KB behind a shared dictionary) made each read
 * decompress about 16 KB, over half of a search's time at a million segments. Chunks of 8 KB or 32 entries make each
 * read a few KB; since schema version 12 they are not compressed either ({@link PlainStoredFields}). Found by name
 * through Lucene's codec SPI (META-INF/services); the index is derived, so a change here needs {@link
 * IndexSchema#VERSION} bumped and a new name, the old codec kept readable ({@link CaravanLz4Codec}).
 */
public final class CaravanCodec extends FilterCodec {
    static final String NAME = "Caravan912Plain";
    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "CaravanPlainStoredFields", PlainStoredFields.MODE, 8 * 1024, 32, 10);

    public CaravanCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
