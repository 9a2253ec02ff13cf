package org.caravanqda.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;

/** Deterministic coded segments for the search benchmark: word-aligned spans of 8-40 words inside turns. */
final class SearchSegments {
    private SearchSegments() {}

    static List<Coding> of(Document d, List<TextUnit> units, List<Long> codeIds, int count, Random random) {
        List<Coding> out = new ArrayList<>();
        if (units.isEmpty()) {
            return out;
        }
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            TextUnit u = units.get(random.nextInt(units.size()));
            int[] span = span(d.text(), u, random);
            if (span == null) {
                continue;
            }
            out.add(new Coding(
                    0,
                    UUID.randomUUID().toString(),
                    d.id(),
                    codeIds.get(random.nextInt(codeIds.size())),
                    random.nextBoolean() ? "anna" : "timur",
                    span[0],
                    span[1],
                    now,
                    null));
        }
        return out;
    }

    /** Starts at a random word of the unit and takes 8-40 words, never beyond it. */
    private static int[] span(String text, TextUnit u, Random random) {
        List<Integer> starts = new ArrayList<>();
        for (int i = u.start(); i < u.end(); i++) {
            if (!Character.isWhitespace(text.charAt(i))
                    && (i == u.start() || Character.isWhitespace(text.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return null;
        }
        int first = random.nextInt(starts.size());
        int last = Math.min(starts.size() - 1, first + 8 + random.nextInt(33));
        int end = last + 1 < starts.size() ? starts.get(last + 1) : u.end();
        while (end > starts.get(first) && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > starts.get(first) ? new int[] {starts.get(first), end} : null;
    }
}
