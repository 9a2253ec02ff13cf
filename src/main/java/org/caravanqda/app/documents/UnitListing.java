package org.caravanqda.app.documents;

import java.util.List;
import java.util.Map;

/**
 * A document's units as {@code caravan units} lists them: turns and paragraphs as imported, or
 * sentences (as auto-coding and agreement cut them) with the speaker of the turn they lie in; and the
 * number of turns per speaker, in the order speakers first speak.
 */
public record UnitListing(String document, String kind, List<Unit> units, Map<String, Integer> turnsBySpeaker) {
    /** Offsets are UTF-16 indices of the stored text, end exclusive (as {@code code --start/--end} takes them). */
    public record Unit(int number, String kind, String speaker, int start, int end, Long startMs, String text) {}
}
