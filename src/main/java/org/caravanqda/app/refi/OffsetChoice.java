package org.caravanqda.app.refi;

import java.util.List;

/**
 * Picks the offset reading for one source: the one its writer's origin implies, unless another
 * reading fits the text clearly better (selections inside the text, not splitting characters,
 * and starting with the quoted text ATLAS.ti puts in the selection's name). Readings only differ
 * when the text has CRLF or characters outside the BMP; then a guess is reported.
 */
final class OffsetChoice {
    record Result(OffsetReading reading, int[] table, String warning) {}

    private OffsetChoice() {}

    static Result choose(RefiProject.Source source, OffsetReading byOrigin, String origin) {
        String text = source.text();
        OffsetReading preferred = byOrigin != null ? byOrigin : OffsetReading.UTF16;
        if (!ambiguous(text) || source.selections().isEmpty()) {
            return new Result(preferred, preferred.table(text), null);
        }
        OffsetReading best = preferred;
        int[] bestTable = preferred.table(text);
        int bestScore = score(source.selections(), text, bestTable);
        int preferredScore = bestScore;
        for (OffsetReading r : OffsetReading.values()) {
            if (r == preferred) {
                continue;
            }
            int[] table = r.table(text);
            int s = score(source.selections(), text, table);
            if (s > bestScore) {
                best = r;
                bestTable = table;
                bestScore = s;
            }
        }
        String name = "'" + source.name() + "'";
        if (best != preferred) {
            return new Result(
                    best,
                    bestTable,
                    name + ": offsets read as " + best.label() + " instead of "
                            + preferred.label() + ", because they fit the text better (" + bestScore + " vs "
                            + preferredScore
                            + " points); check a few codings");
        }
        if (byOrigin == null) {
            return new Result(
                    best,
                    bestTable,
                    name + ": unknown writer '" + origin + "', offsets read as " + best.label()
                            + " (the text has CRLF line ends or characters outside the BMP, where tools disagree); check a few codings");
        }
        return new Result(best, bestTable, null);
    }

    static boolean ambiguous(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** One point per selection inside the text on whole characters, two more when its name quotes its text. */
    private static int score(List<RefiProject.Selection> selections, String text, int[] table) {
        int score = 0;
        for (RefiProject.Selection s : selections) {
            if (s.start() < 0 || s.end() < s.start() || s.end() >= table.length) {
                continue;
            }
            int a = table[(int) s.start()];
            int b = table[(int) s.end()];
            if (splits(text, a) || splits(text, b)) {
                continue;
            }
            score++;
            if (quotes(s.name(), text.substring(a, b))) {
                score += 2;
            }
        }
        return score;
    }

    private static boolean splits(String text, int i) {
        return i > 0
                && i < text.length()
                && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Whether a selection's name is (the start of) its text: ATLAS.ti names quotations by their text. */
    static boolean quotes(String name, String selected) {
        if (name == null) {
            return false;
        }
        String n = squash(name.replaceAll("(\\.\\.\\.|…)$", ""));
        String t = squash(selected);
        return n.length() >= 4 && t.startsWith(n);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
