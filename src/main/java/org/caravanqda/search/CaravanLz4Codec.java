package org.caravanqda.search;

import org.apache.lucene.codecs.compressing.CompressionMode;

/**
 * The codec of index schema versions 7 to 11 (LZ4-compressed stored-field chunks), kept only so that such an index
 * still opens, says which version it holds and is rebuilt from the store like any older index, instead of being
 * reported as damaged. Nothing is written with it.
 */
public final class CaravanLz4Codec extends SmallChunkCodec {
    static final String NAME = "Caravan912";

    public CaravanLz4Codec() {
        super(NAME, "CaravanStoredFields", CompressionMode.FAST);
    }
}
