package org.caravanqda.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Query side of Kazakh, Kyrgyz and Uzbek: the word typed is the stem searched (the index holds every stem of every
 * word, {@link TurkicStemsFilter}), and a verb typed as its infinitive also searches its stem: Kazakh жасау → жаса,
 * оқу → оқы; Kyrgyz жасоо → жаса, келүү → кел, иштөө → иште; Uzbek bo'lmoq → bo'l. The word itself stays among the
 * terms, so a noun that merely ends like an infinitive (су, ту) is still found.
 */
final class TurkicQueryFilter extends TokenFilter {
    private static final String BACK = "аоұыуя";
    private static final String VOWELS = "аәеёиоөуұүыіэюяaeiou";

    private final String lang;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private List<String> pending;
    private int next;

    TurkicQueryFilter(TokenStream in, String lang) {
        super(in);
        this.lang = lang;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.size()) {
            term.setEmpty().append(pending.get(next++));
            posInc.setPositionIncrement(0);
            return true;
        }
        pending = null;
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            List<String> stems = infinitiveStems(lang, term.toString());
            if (!stems.isEmpty()) {
                pending = stems;
                next = 0;
            }
        }
        return true;
    }

    /** The stems a word would have if it were an infinitive; empty when it cannot be one. */
    static List<String> infinitiveStems(String lang, String word) {
        List<String> out = new ArrayList<>(3);
        int n = word.length();
        switch (lang) {
            case "kk":
                if (n >= 3 && word.endsWith("у")) {
                    String stem = word.substring(0, n - 1);
                    out.add(stem);
                    if (!isVowel(stem.charAt(stem.length() - 1))) { // оқу ← оқы, тоқу ← тоқы
                        out.add(stem + (backHarmony(stem) ? 'ы' : 'і'));
                    }
                }
                break;
            case "ky":
                if (n >= 4 && isKyrgyzInfinitive(word.substring(n - 2))) {
                    String stem = word.substring(0, n - 2);
                    out.add(stem); // кел-үү, жаз-уу
                    switch (word.charAt(n - 1)) { // vowel stems: жаса-оо, ойно-оо, иште-өө, оку-уу
                        case 'о' -> {
                            out.add(stem + 'а');
                            out.add(stem + 'о');
                        }
                        case 'ө' -> {
                            out.add(stem + 'е');
                            out.add(stem + 'ө');
                        }
                        case 'у' -> {
                            out.add(stem + 'ы');
                            out.add(stem + 'у');
                        }
                        default -> {
                            out.add(stem + 'и');
                            out.add(stem + 'ү');
                        }
                    }
                }
                break;
            case "uz":
                if (n >= 5 && word.endsWith("moq")) {
                    out.add(word.substring(0, n - 3));
                }
                break;
            default:
                break;
        }
        out.remove(word);
        return out;
    }

    private static boolean isKyrgyzInfinitive(String ending) {
        return ending.equals("уу") || ending.equals("үү") || ending.equals("оо") || ending.equals("өө");
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** Whether the last vowel of {@code stem} is a back vowel (harmony of the suffix that follows). */
    private static boolean backHarmony(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            char c = stem.charAt(i);
            if (isVowel(c)) {
                return BACK.indexOf(c) >= 0;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
