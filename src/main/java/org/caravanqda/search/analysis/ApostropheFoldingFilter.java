package org.caravanqda.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the apostrophe variants people type for the Uzbek letters oʻ and gʻ (and the tutuq belgisi) to U+02BB inside a
 * token, so o'zbek, o‘zbek, oʻzbek, oʼzbek and o’zbek are one term at index and query time. The tokenizer keeps these
 * characters inside a word; word-final ones (tog') are handled by {@link CharFolding#uzbek()} before tokenizing.
 */
final class ApostropheFoldingFilter extends TokenFilter {
    static final char CANONICAL = '\u02BB';
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ApostropheFoldingFilter(TokenStream in) {
        super(in);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u02BB';
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] b = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (isApostrophe(b[i])) {
                b[i] = CANONICAL;
            }
        }
        return true;
    }
}
