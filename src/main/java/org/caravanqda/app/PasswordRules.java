package org.caravanqda.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;

/**
 * What a new project password must satisfy, the same for the command line and the desktop.
 * Someone holding a copy of an encrypted project guesses offline, and guessing programs try
 * common passwords, keyboard runs and short strings first; each rule below refuses one of those
 * and says so (issue 22):
 * <ul>
 * <li>not empty or only spaces;</li>
 * <li>at least {@value #MIN_LENGTH} characters, or a phrase of at least {@value #MIN_WORDS} words
 * of {@value #MIN_WORD_LETTERS} letters or more ("кот пёс дом");</li>
 * <li>not one kind of character only (all lower case, all capitals, all digits);</li>
 * <li>not one of the most common passwords (the list shipped in {@value #COMMON}), nor one with
 * digits or symbols around it ("Password2024!"), nor one with its spaces taken out;</li>
 * <li>not mostly runs and repeats: counted with each run of three or more characters in a row
 * (aaa, 1234, abcd, dcba, qwerty, йцукен) as one, and a repeated part (abcabc) once, it must
 * still reach {@value #MIN_LENGTH}, or be a phrase of words.</li>
 * </ul>
 * The password is read from the array it comes in; the copies made here are cleared.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    static final int MIN_WORDS = 3;
    static final int MIN_WORD_LETTERS = 3;
    static final String COMMON = "org/caravanqda/app/common-passwords.txt";

    /** Rows of a keyboard, Latin and Russian, both directions count as runs. */
    private static final List<String> KEYBOARD = List.of(
            "1234567890",
            "qwertyuiop",
            "asdfghjkl",
            "zxcvbnm",
            "йцукенгшщзхъ",
            "фывапролджэ",
            "ячсмитьбю",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp");

    private PasswordRules() {}

    /** Refuses a password that guessing would find soon, saying which rules it breaks. */
    public static void requireStrongEnough(char[] password) {
        List<String> problems = problems(password);
        if (!problems.isEmpty()) {
            throw new CaravanException("the password is too weak: " + String.join("; ", problems)
                    + ". A phrase of several words you can remember is best (\"горный ветер над Нарыном\")");
        }
    }

    /** Why {@code password} is too weak, one sentence per broken rule; empty when it is strong enough. */
    public static List<String> problems(char[] password) {
        List<String> out = new ArrayList<>();
        if (password == null) {
            return out; // no password: a plain project
        }
        int[] cps = CharBuffer.wrap(password).codePoints().toArray();
        try {
            if (Arrays.stream(cps).allMatch(Character::isWhitespace)) {
                out.add("it is empty or only spaces");
                return out;
            }
            boolean phrase = words(cps) >= MIN_WORDS;
            if (cps.length < MIN_LENGTH && !phrase) {
                out.add("it is too short: " + cps.length + " characters, where at least " + MIN_LENGTH
                        + " characters or a phrase of " + MIN_WORDS + " or more words are needed");
            }
            if (oneKind(cps)) {
                out.add("it uses one kind of character only (all lower case, all capitals or all digits):"
                        + " mix in capitals, digits, spaces or symbols");
            }
            String common = common(password);
            if (common != null) {
                out.add(common);
            }
            if (cps.length >= MIN_LENGTH && !phrase && effectiveLength(cps) < MIN_LENGTH) {
                out.add("it is mostly a run or a repeat (like 1234, abcd, qwerty or aaaa), which guessing tries first");
            }
            return out;
        } finally {
            Arrays.fill(cps, 0);
        }
    }

    /** Words of at least {@link #MIN_WORD_LETTERS} letters that are not runs themselves ("aaa", "abc"). */
    private static int words(int[] cps) {
        int words = 0;
        int i = 0;
        while (i < cps.length) {
            if (!Character.isLetter(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < cps.length && Character.isLetter(cps[i])) {
                i++;
            }
            int[] word = Arrays.copyOfRange(cps, start, i);
            if (effectiveLength(word) >= MIN_WORD_LETTERS) {
                words++;
            }
            Arrays.fill(word, 0);
        }
        return words;
    }

    private static boolean oneKind(int[] cps) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        boolean caseless = false;
        for (int c : cps) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                caseless = true; // scripts without capitals count as mixed: each letter is one of thousands
            } else {
                other = true;
            }
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return kinds == 1 && !caseless;
    }

    /**
     * The length as guessing sees it: each run of three or more (the same character, steps of one
     * up or down, neighbours on a keyboard row) counts as one character, and a password that is one
     * part repeated counts that part once.
     */
    static int effectiveLength(int[] cps) {
        int n = cps.length;
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && repeats(cps, unit)) {
                int[] part = Arrays.copyOf(cps, unit);
                try {
                    return effectiveLength(part);
                } finally {
                    Arrays.fill(part, 0);
                }
            }
        }
        int length = 0;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && linked(cps, i, j)) {
                j++;
            }
            length += j - i >= 3 ? 1 : j - i;
            i = j;
        }
        return length;
    }

    private static boolean repeats(int[] cps, int unit) {
        for (int i = unit; i < cps.length; i++) {
            if (cps[i] != cps[i - unit]) {
                return false;
            }
        }
        return true;
    }

    /** Whether cps[j] continues the run cps[i..j-1] the way cps[i+1] started it. */
    private static boolean linked(int[] cps, int i, int j) {
        int a = Character.toLowerCase(cps[j - 1]);
        int b = Character.toLowerCase(cps[j]);
        int step = b - a;
        if (j - i >= 2) {
            int first = Character.toLowerCase(cps[i + 1]) - Character.toLowerCase(cps[i]);
            if (first == step && Math.abs(step) <= 1) {
                return true;
            }
            return keyboardStep(cps[i], cps[i + 1]) != 0 && keyboardStep(a, b) == keyboardStep(cps[i], cps[i + 1]);
        }
        return Math.abs(step) <= 1 || keyboardStep(a, b) != 0;
    }

    /** +1 or -1 when b follows or precedes a on a keyboard row, else 0. */
    private static int keyboardStep(int a, int b) {
        a = Character.toLowerCase(a);
        b = Character.toLowerCase(b);
        for (String row : KEYBOARD) {
            int x = row.indexOf(a);
            if (x >= 0) {
                if (x + 1 < row.length() && row.charAt(x + 1) == b) {
                    return 1;
                }
                if (x > 0 && row.charAt(x - 1) == b) {
                    return -1;
                }
            }
        }
        return 0;
    }

    /** Why the password is a common one, or null. */
    private static String common(char[] password) {
        char[] lower = new char[password.length];
        char[] bare = new char[password.length];
        try {
            int n = 0;
            int b = 0;
            for (char c : password) {
                char l = Character.toLowerCase(c);
                lower[n++] = l;
                if (!Character.isWhitespace(l)) {
                    bare[b++] = l;
                }
            }
            Set<CharBuffer> list = Common.LIST;
            if (list.contains(CharBuffer.wrap(lower, 0, n)) || list.contains(CharBuffer.wrap(bare, 0, b))) {
                return "it is one of the most common passwords";
            }
            int start = 0;
            int end = n;
            while (start < end && !Character.isLetter(lower[start])) {
                start++;
            }
            while (end > start && !Character.isLetter(lower[end - 1])) {
                end--;
            }
            if (end - start >= 4
                    && (start > 0 || end < n)
                    && list.contains(CharBuffer.wrap(lower, start, end - start))) {
                return "it is a common password with digits or symbols around it";
            }
            return null;
        } finally {
            Arrays.fill(lower, '\0');
            Arrays.fill(bare, '\0');
        }
    }

    /** The shipped list, read once. */
    private static final class Common {
        static final Set<CharBuffer> LIST = load();

        private static Set<CharBuffer> load() {
            InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(COMMON);
            if (in == null) {
                throw new IllegalStateException(COMMON + " is missing from the application");
            }
            Set<CharBuffer> out = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String p = line.strip().toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !p.startsWith("#")) {
                        out.add(CharBuffer.wrap(p.toCharArray()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
