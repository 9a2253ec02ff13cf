package org.caravanqda.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions for names a user mistyped, by edit distance and containment. */
public final class Suggestions {
    private Suggestions() {}

    public static List<String> closest(String wanted, Collection<String> known, int max) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(k -> new Object[] {k, score(w, k.toLowerCase(Locale.ROOT))})
                .filter(p -> (int) p[1] <= allowedEdits(w))
                .sorted(Comparator.<Object[]>comparingInt(p -> (int) p[1]).thenComparing(p -> (String) p[0]))
                .limit(max)
                .map(p -> (String) p[0])
                .toList();
    }

    /**
     * About one edit in three letters, and two for short names (a swapped pair of letters). Three for
     * every name made a four-letter word look like any other: "Nope" suggested "…/equity/power".
     */
    private static int allowedEdits(String wanted) {
        return Math.max(2, wanted.length() / 3);
    }

    private static int score(String wanted, String candidate) {
        String leaf = candidate.substring(candidate.lastIndexOf('/') + 1);
        if (candidate.contains(wanted) || leaf.equals(wanted)) {
            return 0;
        }
        // code paths are matched on their last name too, document names without their extension
        return Math.min(
                distance(wanted, candidate),
                Math.min(distance(wanted, leaf), distance(wanted, DocumentNames.withoutExtension(candidate))));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
