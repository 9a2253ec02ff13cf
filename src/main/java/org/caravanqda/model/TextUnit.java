package org.caravanqda.model;

/**
 * A speaker turn or paragraph of a document. Offsets are UTF-16 indices into the stored text;
 * {@code startMs} is the cue time of subtitle imports, otherwise null.
 */
public record TextUnit(int ordinal, UnitKind kind, String speaker, int start, int end, Long startMs) {
    public TextUnit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad unit span " + start + ".." + end);
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
