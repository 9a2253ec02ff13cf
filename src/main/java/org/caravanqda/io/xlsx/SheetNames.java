package org.caravanqda.io.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case. */
final class SheetNames {
    static final int MAX = 31;
    private final Set<String> used = new HashSet<>();

    String unique(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_")
                .replaceAll("^'|'$", "_")
                .strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        String name = cut(base, MAX);
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end).strip();
    }
}
