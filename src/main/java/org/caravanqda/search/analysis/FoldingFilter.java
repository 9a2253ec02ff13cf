package org.caravanqda.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Character folding inside lower-cased tokens, identical at index and query time: ё → е (Russian writes both, coders
 * type е), stress marks (U+0301, моя́), soft hyphens and a decomposed ё's diaeresis dropped; optionally every apostrophe
 * people type for the Uzbek letters oʻ and gʻ (' ‘ ’ ʼ ` ʻ) becomes U+02BB, so o'zbek, o‘zbek, oʻzbek and oʼzbek are one
 * term. The tokenizer keeps all these characters inside a word. Per token rather than a char filter: a
 * MappingCharFilter halves tokenizing speed.
 */
final class FoldingFilter extends TokenFilter {
    static final char CANONICAL_APOSTROPHE = '\u02BB';
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean apostrophes;

    FoldingFilter(TokenStream in, boolean apostrophes) {
        super(in);
        this.apostrophes = apostrophes;
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
        int n = term.length();
        int out = 0;
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c == 'ё') {
                c = 'е';
            } else if (c == '\u0301' || c == '\u00AD' || (c == '\u0308' && out > 0 && b[out - 1] == 'е')) {
                continue;
            } else if (isApostrophe(c)) {
                // English: didn’t and didn't are one term (the possessive and stem steps expect ')
                c = apostrophes ? CANONICAL_APOSTROPHE : '\'';
            }
            b[out++] = c;
        }
        term.setLength(out);
        return true;
    }
}
