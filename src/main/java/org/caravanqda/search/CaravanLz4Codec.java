package org.caravanqda.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The codec of index schema versions 7 to 11 (LZ4-compressed stored-field chunks), kept only so that such an index
 * still opens, says which version it holds and is rebuilt from the store like any older index, instead of being
 * reported as damaged. Nothing is written with it.
 */
public final class CaravanLz4Codec extends FilterCodec {
    static final String NAME = "Caravan912";
    private final StoredFieldsFormat storedFields =
            new Lucene90CompressingStoredFieldsFormat("CaravanStoredFields", CompressionMode.FAST, 8 * 1024, 32, 10);

    public CaravanLz4Codec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
