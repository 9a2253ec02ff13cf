package org.caravanqda.search;

/**
 * The index's codec: small stored-field chunks ({@link SmallChunkCodec}) written as they are, not compressed, since
 * schema version 12 ({@link PlainStoredFields}, ADR 0038). Found by name through Lucene's codec SPI
 * (META-INF/services); the index is derived, so a change here needs {@link IndexSchema#VERSION} bumped and a new
 * name, the old codec kept readable ({@link CaravanLz4Codec}).
 */
public final class CaravanCodec extends SmallChunkCodec {
    static final String NAME = "Caravan912Plain";

    public CaravanCodec() {
        super(NAME, "CaravanPlainStoredFields", PlainStoredFields.MODE);
    }
}
