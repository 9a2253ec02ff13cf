package org.caravanqda.search.analysis;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Character folding applied before tokenizing, identical at index and query time. Offsets still point into the
 * original text (MappingCharFilter corrects them), so highlighting is unaffected.
 */
final class CharFolding {
    private static final NormalizeCharMap COMMON = common(false);
    private static final NormalizeCharMap UZBEK = common(true);

    private CharFolding() {
    }

    /** ё → е (Russian writes both; coders type е), and marks that break words or dictionary lookups are dropped. */
    static NormalizeCharMap common() {
        return COMMON;
    }

    /**
     * The common folding plus word-final oʻ/gʻ typed with any apostrophe (tog', bog‘): the tokenizer drops an apostrophe
     * at a word end, which would leave "tog" for tog' but "togʻ" for togʻ. Only for Uzbek text: elsewhere a quoted
     * 'radio' would gain a letter.
     */
    static NormalizeCharMap uzbek() {
        return UZBEK;
    }

    private static NormalizeCharMap common(boolean uzbekLetters) {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("ё", "е");
        b.add("Ё", "Е");
        b.add("е\u0308", "е"); // decomposed ё typed or pasted from NFD sources
        b.add("Е\u0308", "Е");
        b.add("\u0301", ""); // combining acute: stress marks in Russian teaching texts (моя́)
        b.add("\u00AD", ""); // soft hyphen from word processors
        if (uzbekLetters) {
            for (String letter : new String[] {"o", "O", "g", "G"}) {
                for (String apostrophe : new String[] {"'", "\u2018", "\u2019", "\u02BC", "`"}) {
                    b.add(letter + apostrophe, letter + ApostropheFoldingFilter.CANONICAL);
                }
            }
        }
        return b.build();
    }
}
