package org.caravanqda.search.analysis;

import org.apache.lucene.util.Attribute;

/**
 * Where a token stream's {@link TapeRecorder} records the value it is given next: set by the field
 * ({@link TokenTape#recordWith}) between Lucene's {@code tokenStream} and {@code reset}. Not a token's
 * property: clearing the token's attributes leaves it.
 */
public interface TapeAttribute extends Attribute {
    void recordInto(TokenTape tape);

    /** The tape set for the next value, taken (and forgotten) by the recorder when the stream is reset. */
    TokenTape take();
}
