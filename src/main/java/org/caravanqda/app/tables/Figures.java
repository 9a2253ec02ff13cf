package org.caravanqda.app.tables;

import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.CooccurrenceTable;
import org.caravanqda.analysis.FrequencyTable;
import org.caravanqda.analysis.MatrixTable;
import org.caravanqda.analysis.PresenceTable;

/**
 * Every figure of one selection from one pass over its documents, for the window's tables and
 * charts: the same counters as {@code caravan table}, before they become text. {@code matrix} is
 * null when no attribute was asked for; {@code documentsPerValue} names, per matrix column, the
 * documents counted in it (what a click on that column narrows to). {@code colors}: code path to
 * its colour ("#RRGGBB"), for codes that have one.
 */
public record Figures(
        FrequencyTable frequencies,
        CooccurrenceTable cooccurrence,
        PresenceTable presence,
        MatrixTable matrix,
        List<List<String>> documentsPerValue,
        Map<String, String> colors) {
    public Figures {
        documentsPerValue = documentsPerValue == null ? List.of() : List.copyOf(documentsPerValue);
        colors = Map.copyOf(colors);
    }

    /** Documents in the selection (the frequencies' columns). */
    public int documentCount() {
        return frequencies.documents().size();
    }
}
