package org.caravanqda.app.search;

import java.util.List;

/** What auto-coding found and did: the spans (new or already coded), and how many codings it created. */
public record AutocodeReport(String code, String coder, int hits, List<Planned> spans, int created, int alreadyCoded,
                             boolean dryRun) {
    public record Planned(String document, int start, int end, String text, boolean exists) {
    }
}
