package org.caravanqda.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Records the folded tokens that pass it, where the language field's analysis has done exactly what the {@code exact}
 * field's does (tokenizer, lower case, folding) and its language step has not begun, into the tape the field set. A
 * stream without a tape set records nothing.
 */
final class TapeRecorder extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TapeAttribute target = addAttribute(TapeAttribute.class);
    private final TapeReel reel = new TapeReel();
    private TokenTape tape;

    TapeRecorder(TokenStream in) {
        super(in);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tape = target.take();
        if (tape != null) {
            tape.start(reel);
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (tape != null) {
            tape.add(
                    term.buffer(),
                    term.length(),
                    posInc.getPositionIncrement(),
                    offset.startOffset(),
                    offset.endOffset());
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        if (tape != null) {
            tape.end(offset.endOffset(), posInc.getPositionIncrement());
            tape = null;
        }
    }

    @Override
    public void close() throws IOException {
        tape = null;
        super.close();
    }
}
