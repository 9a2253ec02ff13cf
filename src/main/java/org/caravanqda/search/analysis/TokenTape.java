package org.caravanqda.search.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;

/**
 * The folded tokens of one field value, recorded while its language field analyses it ({@link TapeRecorder}) and
 * played back as the {@code exact} field's tokens ({@link TapeReplay}), so the value is tokenized once, not twice.
 * Only a complete recording is played; anything else leaves the {@code exact} field to its own analyzer.
 */
public final class TokenTape {
    private static final int TERM_START = 0;
    private static final int TERM_LENGTH = 1;
    private static final int POSITION_INCREMENT = 2;
    private static final int START_OFFSET = 3;
    private static final int END_OFFSET = 4;
    static final int FIELDS = 5;

    /** Where the tokens are kept, lent by the recorder; null until a recording starts. */
    private TapeReel reel;
    /** Which of the reel's recordings is this tape's. */
    private int recording;

    private int count;
    private int charCount;
    private int finalOffset;
    private int finalPositionIncrement;
    private boolean complete;

    /**
     * Has the language field's stream, just made by its analyzer for the next value, record that value here; a stream
     * whose analysis is not the {@code exact} field's up to its language step has no recorder, and the tape stays
     * incomplete.
     */
    public void recordWith(TokenStream languageField) {
        complete = false;
        if (languageField.hasAttribute(TapeAttribute.class)) {
            languageField.getAttribute(TapeAttribute.class).recordInto(this);
        }
    }

    void start(TapeReel onto) {
        reel = onto;
        recording = ++onto.recordings;
        count = 0;
        charCount = 0;
        complete = false;
    }

    void add(char[] term, int length, int positionIncrement, int startOffset, int endOffset) {
        if ((count + 1) * FIELDS > reel.tokens.length) {
            reel.tokens = Arrays.copyOf(reel.tokens, reel.tokens.length * 2);
        }
        if (charCount + length > reel.chars.length) {
            reel.chars = Arrays.copyOf(reel.chars, Math.max(charCount + length, reel.chars.length * 2));
        }
        System.arraycopy(term, 0, reel.chars, charCount, length);
        int[] tokens = reel.tokens;
        int at = count * FIELDS;
        tokens[at + TERM_START] = charCount;
        tokens[at + TERM_LENGTH] = length;
        tokens[at + POSITION_INCREMENT] = positionIncrement;
        tokens[at + START_OFFSET] = startOffset;
        tokens[at + END_OFFSET] = endOffset;
        charCount += length;
        count++;
    }

    void end(int offset, int positionIncrement) {
        finalOffset = offset;
        finalPositionIncrement = positionIncrement;
        complete = true;
    }

    /** Whether the whole value was recorded, its end included, and no later recording has replaced it on the reel. */
    public boolean complete() {
        return complete && reel.recordings == recording;
    }

    int count() {
        return count;
    }

    char[] chars() {
        return reel.chars;
    }

    int termStart(int token) {
        return reel.tokens[token * FIELDS + TERM_START];
    }

    int termLength(int token) {
        return reel.tokens[token * FIELDS + TERM_LENGTH];
    }

    int positionIncrement(int token) {
        return reel.tokens[token * FIELDS + POSITION_INCREMENT];
    }

    int startOffset(int token) {
        return reel.tokens[token * FIELDS + START_OFFSET];
    }

    int endOffset(int token) {
        return reel.tokens[token * FIELDS + END_OFFSET];
    }

    int finalOffset() {
        return finalOffset;
    }

    int finalPositionIncrement() {
        return finalPositionIncrement;
    }
}
