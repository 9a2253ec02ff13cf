package org.caravanqda.search.analysis;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The one folding that must happen before tokenizing: a word-final Uzbek oʻ/gʻ typed with an apostrophe (tog', bog‘).
 * The tokenizer drops an apostrophe at a word end, which would leave "tog" for tog' but "togʻ" for togʻ. Uzbek text
 * only: elsewhere a quoted 'radio' would gain a letter. Offsets still point into the original text.
 */
final class CharFolding {
    private static final NormalizeCharMap UZBEK = uzbekLetters();

    private CharFolding() {}

    static NormalizeCharMap uzbek() {
        return UZBEK;
    }

    private static NormalizeCharMap uzbekLetters() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String letter : new String[] {"o", "O", "g", "G"}) {
            for (String apostrophe : new String[] {"'", "\u2018", "\u2019", "\u02BC", "`"}) {
                b.add(letter + apostrophe, letter + FoldingFilter.CANONICAL_APOSTROPHE);
            }
        }
        return b.build();
    }
}
