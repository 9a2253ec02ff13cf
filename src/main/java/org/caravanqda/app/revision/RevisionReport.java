package org.caravanqda.app.revision;

import java.util.List;

/**
 * What replacing a document's text did (or, for a dry run, would do) to its codings: how many kept
 * exactly their text, which were adjusted around changed text, which lost all their text and are
 * kept as orphans. {@code revision} is the id of the stored old text (0 for a dry run);
 * {@code restored} counts codings a revert put back exactly where they were.
 */
public record RevisionReport(
        String document,
        long revision,
        boolean dryRun,
        int oldLength,
        int newLength,
        int units,
        int kept,
        int restored,
        List<Adjusted> adjusted,
        List<Orphaned> orphaned) {
    public RevisionReport {
        adjusted = List.copyOf(adjusted);
        orphaned = List.copyOf(orphaned);
    }

    /** A coding whose text changed: what it coded before and after. */
    public record Adjusted(long coding, String code, String coder, String before, String after) {}

    /** A coding whose whole text went: kept as orphan {@code coding} (the same id). */
    public record Orphaned(long coding, String code, String coder, String text) {}

    /** Every coding of the document before the change. */
    public int codings() {
        return kept + adjusted.size() + orphaned.size();
    }
}
