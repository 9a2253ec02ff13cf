package org.caravanqda.app.search;

import java.util.List;

/**
 * What auto-coding found and did: the spans (new or already coded), how many codings it created,
 * and their ids (so a run can be undone, or its codings listed); {@code warnings}: what failed
 * after the codings were committed (the search index), which does not undo them.
 */
public record AutocodeReport(
        String code,
        String coder,
        int hits,
        List<Planned> spans,
        int created,
        int alreadyCoded,
        boolean dryRun,
        List<Long> createdIds,
        List<String> warnings) {
    public record Planned(String document, int start, int end, String text, boolean exists) {}
}
