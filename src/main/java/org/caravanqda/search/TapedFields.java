package org.caravanqda.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.caravanqda.search.analysis.TapeReplay;
import org.caravanqda.search.analysis.TokenTape;

/**
 * A text value's language field and its {@code exact} field, tokenized once: Lucene inverts a document's fields in
 * the order they were added, so the language field (added first) records its folded tokens on the way to its
 * language step, and {@code exact} plays them back. Where the language's analysis cannot record them (English,
 * Uzbek) or the recording did not finish, {@code exact} is analysed on its own, as before. The postings are the
 * same either way (TapedFieldsTest).
 */
final class TapedFields {
    private TapedFields() {}

    static Field[] of(
            String languageField, String exactField, String value, FieldType languageType, FieldType exactType) {
        TokenTape tape = new TokenTape();
        return new Field[] {
            new Recorded(languageField, value, languageType, tape), new Played(exactField, value, exactType, tape)
        };
    }

    /** A text field that shares its value's tape with the other field of the pair. */
    private abstract static class OnTape extends Field {
        final TokenTape tape;

        OnTape(String name, String value, FieldType type, TokenTape tape) {
            super(name, value, type);
            this.tape = tape;
        }
    }

    private static final class Recorded extends OnTape {
        Recorded(String name, String value, FieldType type, TokenTape tape) {
            super(name, value, type, tape);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            TokenStream stream = super.tokenStream(analyzer, reuse);
            tape.recordWith(stream);
            return stream;
        }
    }

    /** Whether this field of a pair was played from its tape when it was inverted (tests: the fast path was taken). */
    static boolean playedFromTape(Field field) {
        return field instanceof Played p && p.played;
    }

    private static final class Played extends OnTape {
        private boolean played;

        Played(String name, String value, FieldType type, TokenTape tape) {
            super(name, value, type, tape);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            played = tape.complete();
            if (!played) {
                return super.tokenStream(analyzer, reuse);
            }
            return (reuse instanceof TapeReplay replay ? replay : new TapeReplay()).play(tape);
        }
    }
}
