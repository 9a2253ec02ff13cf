package org.caravanqda.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Longest-suffix stripping for the agglutinative Turkic languages (Kazakh, Kyrgyz, Uzbek), for which Lucene has no stemmer.
 * Repeatedly removes the longest listed suffix that ends the word while the stem keeps {@code minStem} characters and a
 * vowel; then optionally undoes final voicing (кітабы → кітап) and caps the stem length. Immutable and thread-safe.
 * The settings and why they were chosen are in docs/search-quality.md.
 */
final class SuffixStripper {
    private final Set<String> suffixList;
    private final CharArraySet suffixes; // looked up in the token buffer, without a String per candidate
    private final int longestSuffix;
    private final int minStem;
    private final String vowels;
    private final boolean devoice;
    private final int cap;
    private CharArraySet afterPossessive = CharArraySet.EMPTY_SET;
    private String keptVowels = "";
    private CharArraySet possessives = CharArraySet.EMPTY_SET;
    private Junctions junctions = Junctions.NONE;
    private CharArraySet lexicon;
    private boolean stopAtWord;

    SuffixStripper(Set<String> suffixes, int minStem, String vowels, boolean devoice, int cap) {
        this.suffixList = Set.copyOf(suffixes);
        this.suffixes = new CharArraySet(suffixes, false);
        this.longestSuffix = suffixes.stream().mapToInt(String::length).max().orElse(0);
        this.minStem = minStem;
        this.vowels = vowels;
        this.devoice = devoice;
        this.cap = cap;
    }

    /**
     * Case suffixes whose н only follows a 3rd-person possessive (Kazakh үй-і-нде, Kyrgyz шаар-ы-нда): after one of
     * them the possessive itself is stripped too, although one-letter suffixes are otherwise kept.
     */
    SuffixStripper withPossessiveBefore(Set<String> caseSuffixes, Set<String> possessiveSuffixes) {
        SuffixStripper s = new SuffixStripper(suffixList, minStem, vowels, devoice, cap);
        s.afterPossessive = new CharArraySet(caseSuffixes, false);
        s.possessives = new CharArraySet(possessiveSuffixes, false);
        s.keptVowels = keptVowels;
        s.junctions = junctions;
        s.lexicon = lexicon;
        s.stopAtWord = stopAtWord;
        return s;
    }

    /**
     * One-letter suffixes of these vowels come off only at the word's end in {@link #stems}: Kazakh and Kyrgyz
     * dative and present -а/-е inside a word are mostly the stem's own vowel (жаса-ды, not жас-а-ды).
     */
    SuffixStripper keepingInnerVowels(String inner) {
        SuffixStripper s = new SuffixStripper(suffixList, minStem, vowels, devoice, cap);
        s.afterPossessive = afterPossessive;
        s.possessives = possessives;
        s.keptVowels = inner;
        s.junctions = junctions;
        s.lexicon = lexicon;
        s.stopAtWord = stopAtWord;
        return s;
    }

    /**
     * A suffix comes off only where it could have been attached (consonant voicing and vowel harmony at the junction,
     * {@link Junctions}): карата does not pass through кара, whose locative would be карада.
     */
    SuffixStripper withJunctions(Junctions rules) {
        SuffixStripper s = new SuffixStripper(suffixList, minStem, vowels, devoice, cap);
        s.afterPossessive = afterPossessive;
        s.possessives = possessives;
        s.keptVowels = keptVowels;
        s.junctions = rules;
        s.lexicon = lexicon;
        s.stopAtWord = stopAtWord;
        return s;
    }

    /**
     * A word's suffix chain stops at the first stem that is a known lemma ({@code stems}): карата stays карата and
     * does not reach кара. With {@code wholeWord} a word that is itself a known lemma keeps no shorter stem.
     */
    SuffixStripper withLexicon(Set<String> stems, boolean wholeWord) {
        SuffixStripper s = withJunctions(junctions);
        s.lexicon = new CharArraySet(stems, false);
        s.stopAtWord = wholeWord;
        return s;
    }

    private boolean known(char[] word, int end, int len) {
        if (lexicon == null || (end == len && !stopAtWord)) {
            return false;
        }
        if (lexicon.contains(word, 0, end)) {
            return true;
        }
        char last = word[end - 1];
        if (devoice && devoiced(last) != last) {
            char[] twin = java.util.Arrays.copyOf(word, end);
            twin[end - 1] = devoiced(last);
            return lexicon.contains(twin, 0, end);
        }
        return false;
    }

    /** Reads a suffix list resource: whitespace-separated suffixes, '#' starts a comment line. */
    static Set<String> readSuffixes(String resource, int minSuffixLength) {
        Set<String> out = new HashSet<>();
        for (String line : readLines(resource)) {
            for (String s : line.trim().split("\\s+")) {
                if (s.length() >= minSuffixLength) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = SuffixStripper.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The stem length of {@code word[0..len)}; the caller keeps the buffer and truncates it. */
    int stem(char[] word, int len) {
        int end = len;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (int n = Math.min(longestSuffix, end - minStem); n >= 1; n--) {
                if (suffixes.contains(word, end - n, n)
                        && hasVowel(word, end - n)
                        && junctions.fits(word, end - n, n)) {
                    boolean possessiveBefore = afterPossessive.contains(word, end - n, n);
                    end -= n;
                    stripped = true;
                    if (possessiveBefore) {
                        end -= possessiveBefore(word, end);
                    }
                    break;
                }
            }
        }
        if (devoice && end > 0) {
            word[end - 1] = devoiced(word[end - 1]);
        }
        return Math.min(end, cap);
    }

    /**
     * Every stem on the way from {@code word[0..len)} down to its shortest stem, longest first: the word itself, then
     * each length after one more suffix came off (the possessive before a pronominal-н case counts as one step with
     * it). A stem that was stripped and ends in a voiced б/г/ғ also comes with its voiceless twin (кітаб → кітап).
     * No cap: the query side names the stem it wants, so long stems need not be cut to meet.
     */
    List<String> stems(char[] word, int len) {
        return stems(word, len, true);
    }

    /**
     * With {@code alternatives}, each stem on the chain also offers what every shorter listed suffix would leave
     * (әулет-і beside әуле-ті, облыс-ы beside облы-сы), one step deep.
     */
    List<String> stems(char[] word, int len, boolean alternatives) {
        List<String> out = new ArrayList<>(4);
        out.add(new String(word, 0, len));
        int end = len;
        boolean stripped = true;
        while (stripped && !known(word, end, len)) {
            stripped = false;
            if (alternatives) {
                for (int n = Math.min(longestSuffix, end - minStem); n >= 1; n--) {
                    if (suffixes.contains(word, end - n, n)
                            && hasVowel(word, end - n)
                            && junctions.fits(word, end - n, n)
                            && (end == len || !lone(word, end, n))) {
                        addStem(out, word, end - n);
                    }
                }
            }
            for (int n = Math.min(longestSuffix, end - minStem); n >= 1; n--) {
                if (suffixes.contains(word, end - n, n)
                        && hasVowel(word, end - n)
                        && junctions.fits(word, end - n, n)
                        && (!alternatives || end == len || !lone(word, end, n))) {
                    boolean possessiveBefore = afterPossessive.contains(word, end - n, n);
                    end -= n;
                    stripped = true;
                    if (possessiveBefore) {
                        addStem(out, word, end);
                        for (int p = 1; alternatives && p <= 2; p++) { // облыс-ы-нда beside обл-ы-сы-нда
                            if (end - p >= minStem && possessives.contains(word, end - p, p)) {
                                addStem(out, word, end - p);
                            }
                        }
                        end -= possessiveBefore(word, end);
                    }
                    addStem(out, word, end);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A one-letter vowel suffix inside the word (not at its end): жаса-ды must not lose the а of its stem and meet
     * жас "young"; at the word's end (үй-і, кел-е) the vowel is a suffix.
     */
    private boolean lone(char[] word, int end, int n) {
        return n == 1 && keptVowels.indexOf(word[end - 1]) >= 0;
    }

    private void addStem(List<String> out, char[] word, int end) {
        String stem = new String(word, 0, end);
        if (!out.contains(stem)) {
            out.add(stem);
        }
        char last = word[end - 1];
        if (devoice && devoiced(last) != last) {
            String twin = stem.substring(0, end - 1) + devoiced(last);
            if (!out.contains(twin)) {
                out.add(twin);
            }
        }
    }

    private int possessiveBefore(char[] word, int end) {
        for (int n = 2; n >= 1; n--) {
            if (end - n >= minStem && possessives.contains(word, end - n, n) && hasVowel(word, end - n)) {
                return n;
            }
        }
        return 0;
    }

    private boolean hasVowel(char[] word, int end) {
        for (int i = 0; i < end; i++) {
            if (vowels.indexOf(word[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Voicing before a vowel suffix (кітап → кітабы, тарак → тарагы) undone at the stem end. */
    private static char devoiced(char c) {
        switch (c) {
            case 'б':
                return 'п';
            case 'г':
                return 'к';
            case 'ғ':
                return 'қ';
            default:
                return c;
        }
    }
}
