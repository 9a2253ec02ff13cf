package org.caravanqda.app.pseudonym;

import java.util.List;
import java.util.Locale;

/** Gives a replacement the letter case of the text it replaces: ИВАН -> ПЁТР, иван -> пётр, Иван -> Пётр. */
final class CaseShape {
    private CaseShape() {}

    static String like(String source, String replacement) {
        if (allUpper(source)) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        int first = firstLetter(source);
        if (first >= 0 && Character.isLowerCase(first)) {
            return lowerInitials(replacement);
        }
        return replacement;
    }

    /** A dictionary form (lower case) written with the capitals of the word as the user typed it. */
    static String asTyped(String typed, String form) {
        if (allUpper(typed)) {
            return form.toUpperCase(Locale.ROOT);
        }
        int first = firstLetter(typed);
        if (first >= 0 && Character.isUpperCase(first) && !form.isEmpty()) {
            return form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
        }
        return form;
    }

    private static boolean allUpper(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 1;
    }

    private static int firstLetter(String s) {
        return s.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
    }

    private static String lowerInitials(String phrase) {
        List<String> parts = Words.split(phrase);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            sb.append(i % 2 == 0 && !p.isEmpty() ? p.substring(0, 1).toLowerCase(Locale.ROOT) + p.substring(1) : p);
        }
        return sb.toString();
    }
}
