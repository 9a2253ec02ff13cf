package org.caravanqda.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the benchmark's query words from the coded segments themselves: a word found in about
 * 2% of segments (a typical selective search), and a two-word phrase that starts with it.
 */
final class QueryWords {
    final String term;
    final String phrase;

    private QueryWords(String term, String phrase) {
        this.term = term;
        this.phrase = phrase;
    }

    static QueryWords from(List<String> segments) {
        Map<String, Integer> df = new HashMap<>();
        for (String s : segments) {
            Set<String> seen = new HashSet<>();
            for (String w : words(s)) {
                if (w.length() >= 5 && seen.add(w)) {
                    df.merge(w, 1, Integer::sum);
                }
            }
        }
        double target = segments.size() * 0.02;
        String term = df.entrySet().stream()
                .min((a, b) -> a.getValue() == b.getValue()
                        ? a.getKey().compareTo(b.getKey())
                        : Double.compare(Math.abs(a.getValue() - target), Math.abs(b.getValue() - target)))
                .map(Map.Entry::getKey)
                .orElse("text");
        // the phrase as written: the word, one space, the next word (so LIKE can find it too)
        java.util.regex.Pattern next = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{M}])" + java.util.regex.Pattern.quote(term) + " ([\\p{L}\\p{M}]+)");
        String phrase = term;
        for (String s : segments) {
            java.util.regex.Matcher m = next.matcher(s.toLowerCase(Locale.ROOT));
            if (m.find()) {
                phrase = term + " " + m.group(1);
                break;
            }
        }
        return new QueryWords(term, phrase);
    }

    static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
