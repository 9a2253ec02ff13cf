package org.caravanqda.search.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Found by Lucene's attribute factory by its name (the interface's, with Impl). */
public final class TapeAttributeImpl extends AttributeImpl implements TapeAttribute {
    private TokenTape tape;

    @Override
    public void recordInto(TokenTape tape) {
        this.tape = tape;
    }

    @Override
    public TokenTape take() {
        TokenTape t = tape;
        tape = null;
        return t;
    }

    /** A control setting for the next value, not a token's property: kept when the token is cleared. */
    @Override
    public void clear() {}

    @Override
    public void copyTo(AttributeImpl target) {
        ((TapeAttribute) target).recordInto(tape);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {}
}
