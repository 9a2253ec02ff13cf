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
    private static final int FIELDS = 5;

    private char[] chars = new char[0];
    private int[] tokens = new int[0];
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

    void start() {
        count = 0;
        charCount = 0;
        complete = false;
    }

    void add(char[] term, int length, int positionIncrement, int startOffset, int endOffset) {
        if ((count + 1) * FIELDS > tokens.length) {
            tokens = Arrays.copyOf(tokens, Math.max(64, tokens.length * 2));
        }
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(256, Math.max(charCount + length, chars.length * 2)));
        }
        System.arraycopy(term, 0, chars, charCount, length);
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

    /** Whether the whole value was recorded, its end included. */
    public boolean complete() {
        return complete;
    }

    int count() {
        return count;
    }

    char[] chars() {
        return chars;
    }

    int termStart(int token) {
        return tokens[token * FIELDS + TERM_START];
    }

    int termLength(int token) {
        return tokens[token * FIELDS + TERM_LENGTH];
    }

    int positionIncrement(int token) {
        return tokens[token * FIELDS + POSITION_INCREMENT];
    }

    int startOffset(int token) {
        return tokens[token * FIELDS + START_OFFSET];
    }

    int endOffset(int token) {
        return tokens[token * FIELDS + END_OFFSET];
    }

    int finalOffset() {
        return finalOffset;
    }

    int finalPositionIncrement() {
        return finalPositionIncrement;
    }
}
