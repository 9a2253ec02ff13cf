package org.caravanqda.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Where a Kazakh or Kyrgyz suffix can meet its stem. A suffix's first consonant alternates with the sound before it
 * (locative -да after a vowel or voiced consonant, -та after a voiceless one; plural -лар after a vowel, р or й) and
 * its vowels follow the stem's last vowel (back а/о/ұ/ы, front ә/е/ө/ү/і). A stem the suffix could not have been
 * attached to is not a stem of the word: карата ("towards") does not pass through кара, whose locative would be
 * карада; бактар is бак-тар, not ба-ктар. Loanwords that break harmony (министр-лер is fine, but компьютер-лар is not)
 * keep their shorter stems only when a neutral vowel (и, у, э, ю, я, ё) stands last. Immutable.
 */
final class Junctions {
    /** No rule: every listed suffix fits every stem (Uzbek). */
    static final Junctions NONE = new Junctions(false, false, false, "", "", Set.of());

    private static final String VOICELESS = "пткқсшчфхцщһ";
    private static final String VOICELESS_INITIALS = "ткқп";
    private static final String VOICED_INITIALS = "дгғб";
    private static final String VOWELS = "аәеёиоөуұүыіэюя";

    private final boolean voicing;
    private final boolean harmony;
    private final boolean lateral;
    private final String front;
    private final String back;
    private final Set<String> freeList;
    private final CharArraySet free;

    /**
     * @param voicing a suffix starting with т/к/қ/п needs a voiceless consonant before it, one starting with
     *     д/г/ғ/б or н must not have one
     * @param harmony the suffix's first vowel must agree in backness with the stem's last vowel (when both are marked)
     * @param lateral a suffix starting with л needs a vowel, р, й or у before it
     * @param free suffixes exempt from the consonant rules (they do not alternate: the converb -п and causative -т
     *     after a vowel, Kyrgyz relational -кы)
     */
    Junctions(boolean voicing, boolean harmony, boolean lateral, String front, String back, Set<String> free) {
        this.voicing = voicing;
        this.harmony = harmony;
        this.lateral = lateral;
        this.front = front;
        this.back = back;
        this.freeList = Set.copyOf(free);
        this.free = new CharArraySet(free, false);
    }

    static Junctions kazakh() {
        return new Junctions(true, true, true, "әеөүі", "аоұы", Set.of("п", "т"));
    }

    static Junctions kyrgyz() {
        return new Junctions(true, true, true, "еиөү", "аоуы", Set.of("кы", "ки", "ку", "кү", "п", "т"));
    }

    /** The same alphabet with some rules switched off (tuning). */
    Junctions with(boolean voicingRule, boolean harmonyRule, boolean lateralRule) {
        return new Junctions(voicingRule, harmonyRule, lateralRule, front, back, freeList);
    }

    /** Whether the suffix {@code word[start..start+n)} can follow the stem {@code word[0..start)}. */
    boolean fits(char[] word, int start, int n) {
        if (start == 0 || this == NONE) {
            return true;
        }
        char before = word[start - 1];
        char first = word[start];
        if (!free.contains(word, start, n)) {
            boolean voiceless = VOICELESS.indexOf(before) >= 0;
            if (voicing && VOICELESS_INITIALS.indexOf(first) >= 0 && !voiceless) {
                return false;
            }
            if (voicing && (VOICED_INITIALS.indexOf(first) >= 0 || first == 'н') && voiceless) {
                return false;
            }
            if (lateral && first == 'л' && VOWELS.indexOf(before) < 0 && before != 'р' && before != 'й') {
                return false;
            }
        }
        if (harmony) {
            int suffixVowel = -1;
            for (int i = start; i < start + n; i++) {
                if (VOWELS.indexOf(word[i]) >= 0) {
                    suffixVowel = i;
                    break;
                }
            }
            if (suffixVowel >= 0) {
                char stemVowel = 0;
                for (int i = start - 1; i >= 0; i--) {
                    if (VOWELS.indexOf(word[i]) >= 0) {
                        stemVowel = word[i];
                        break;
                    }
                }
                char v = word[suffixVowel];
                if ((front.indexOf(v) >= 0 && back.indexOf(stemVowel) >= 0)
                        || (back.indexOf(v) >= 0 && front.indexOf(stemVowel) >= 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
