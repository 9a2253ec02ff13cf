package org.caravanqda.model;

/** The type of a participant attribute, inferred from its values at import. */
public enum AttributeType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
