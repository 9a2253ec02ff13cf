package org.caravanqda.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Lucene's {@link KStemFilter}, made at the first token it could change. KStem's first use builds its dictionary
 * of 30,000 English words, an eighth of a command-line search's time; a query word with a letter outside ASCII
 * (Cyrillic, Kazakh, Uzbek) never needs it, because KStem changes only words that are in that all-ASCII
 * dictionary or made of a-z alone. Such a token passes through as KStem would pass it; every other token goes
 * through KStem itself.
 */
final class LazyKStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CurrentToken current = new CurrentToken(this);
    private TokenFilter kstem;

    LazyKStemFilter(TokenStream in) {
        super(in);
        addAttribute(KeywordAttribute.class); // KStem's, present before the stream starts
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (ascii(term)) {
            if (kstem == null) {
                kstem = new KStemFilter(current);
            }
            current.ready = true;
            kstem.incrementToken();
        }
        return true;
    }

    private static boolean ascii(CharTermAttribute term) {
        char[] b = term.buffer();
        for (int i = term.length() - 1; i >= 0; i--) {
            if (b[i] > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The token this filter holds, handed to KStem once: it shares this filter's attributes. */
    private static final class CurrentToken extends TokenStream {
        private boolean ready;

        CurrentToken(AttributeSource shared) {
            super(shared);
        }

        @Override
        public boolean incrementToken() {
            boolean token = ready;
            ready = false;
            return token;
        }
    }
}
