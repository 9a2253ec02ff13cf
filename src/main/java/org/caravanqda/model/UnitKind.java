package org.caravanqda.model;

/** How a text unit came about: a speaker turn, or a paragraph with no speaker. */
public enum UnitKind {
    TURN,
    PARAGRAPH;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static UnitKind parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
