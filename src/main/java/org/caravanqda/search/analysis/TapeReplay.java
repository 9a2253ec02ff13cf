package org.caravanqda.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Plays a complete {@link TokenTape} back as a token stream: the tokens, offsets and end its recording saw. */
public final class TapeReplay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private TokenTape tape;
    private int next;

    /** Plays {@code tape} from its first token on the next {@link #reset}. */
    public TapeReplay play(TokenTape tape) {
        if (!tape.complete()) {
            throw new IllegalArgumentException("an incomplete recording is never played");
        }
        this.tape = tape;
        return this;
    }

    @Override
    public void reset() {
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tape.count()) {
            return false;
        }
        clearAttributes();
        term.copyBuffer(tape.chars(), tape.termStart(next), tape.termLength(next));
        posInc.setPositionIncrement(tape.positionIncrement(next));
        offset.setOffset(tape.startOffset(next), tape.endOffset(next));
        next++;
        return true;
    }

    @Override
    public void end() {
        endAttributes();
        posInc.setPositionIncrement(tape.finalPositionIncrement());
        offset.setOffset(tape.finalOffset(), tape.finalOffset());
    }
}
