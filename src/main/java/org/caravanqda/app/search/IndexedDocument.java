package org.caravanqda.app.search;

import java.util.List;
import java.util.Map;

/**
 * Everything the index needs of one document, resolved from the store: its text and language,
 * attributes and cases, units with the codes overlapping them, and its codings.
 */
public record IndexedDocument(
        long id,
        String name,
        String language,
        String text,
        String memo,
        Map<String, Object> attributes,
        List<String> cases,
        List<Unit> units,
        List<Segment> segments) {

    /** A document just imported: no codings yet, its units as read, its attributes from the import's CSV. */
    public static IndexedDocument fresh(
            long id,
            String name,
            String language,
            String text,
            List<org.caravanqda.model.TextUnit> units,
            Map<String, Object> attributes) {
        List<Unit> out = units.stream()
                .map(u -> new Unit(u.ordinal(), u.speaker(), u.start(), u.end(), List.of(), List.of()))
                .toList();
        return new IndexedDocument(id, name, language, text, null, attributes, List.of(), out, List.of());
    }

    /** A turn or paragraph; {@code codes} are paths of the codes whose codings overlap it. */
    public record Unit(int ordinal, String speaker, int start, int end, List<String> codes, List<String> coders) {}

    /** A coding: its code's path, and the speaker of the unit it starts in. */
    public record Segment(long codingId, String code, String coder, int start, int end, String speaker, String memo) {}
}
