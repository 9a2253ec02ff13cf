package org.caravanqda.app.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Span;

/**
 * Where each coding goes when a text is replaced: its start and end mapped through the diff. A
 * coding whose text is untouched keeps exactly its text (KEPT); one whose inside changed keeps its
 * boundaries around the changed text (ADJUSTED); one whose whole text was deleted, or left with only
 * white space, has no place (ORPHANED). Pure: nothing is written here.
 */
final class CodingRemap {
    enum Outcome {
        KEPT,
        ADJUSTED,
        ORPHANED
    }

    /** A coding and where it goes; {@code to} is null for an orphan. */
    record Placed(Coding coding, Outcome outcome, Span to) {}

    private CodingRemap() {}

    /**
     * {@code exact}: codings whose place in the new text is known (a revert puts codings back where
     * they were in the text it restores); the others are mapped through the diff.
     */
    static List<Placed> of(String old, String neu, List<Coding> codings, Map<Long, Span> exact) {
        TextDiff diff = TextDiff.of(old, neu, codings.stream().map(Coding::span).toList());
        return of(old, neu, diff, codings, exact);
    }

    static List<Placed> of(String old, String neu, TextDiff diff, List<Coding> codings, Map<Long, Span> exact) {
        List<Placed> out = new ArrayList<>(codings.size());
        for (Coding c : codings) {
            String before = old.substring(c.start(), c.end());
            Span to = exact.get(c.id());
            if (to == null || to.problemIn(neu) != null) {
                to = map(old, neu, diff, c);
            }
            if (to == null) {
                out.add(new Placed(c, Outcome.ORPHANED, null));
            } else {
                out.add(new Placed(c, to.of(neu).equals(before) ? Outcome.KEPT : Outcome.ADJUSTED, to));
            }
        }
        return out;
    }

    /** The coding's span in the new text, or null when nothing of its text is left. */
    static Span map(String old, String neu, TextDiff diff, Coding c) {
        int start = diff.mapStart(c.start());
        int end = diff.mapEnd(c.end());
        if (end <= start) {
            return null;
        }
        Span to = new Span(start, end);
        String before = old.substring(c.start(), c.end());
        if (!to.of(neu).equals(before) && before.equals(before.strip())) {
            to = to.trimmed(neu); // a coding that did not start or end in white space does not begin to
        }
        return to.length() == 0 || to.of(neu).isBlank() ? null : to;
    }
}
