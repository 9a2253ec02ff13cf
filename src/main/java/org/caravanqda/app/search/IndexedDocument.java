package org.caravanqda.app.search;

import java.util.List;
import java.util.Map;

/**
 * Everything the index needs of one document, resolved from the store: its text and language,
 * attributes and cases, units with the codes overlapping them, and its codings.
 */
public record IndexedDocument(long id, String name, String language, String text, String memo,
                              Map<String, Object> attributes, List<String> cases, List<Unit> units,
                              List<Segment> segments) {

    /** A turn or paragraph; {@code codes} are paths of the codes whose codings overlap it. */
    public record Unit(int ordinal, String speaker, int start, int end, List<String> codes, List<String> coders) {
    }

    /** A coding: its code's path, and the speaker of the unit it starts in. */
    public record Segment(long codingId, String code, String coder, int start, int end, String speaker, String memo) {
    }
}
