package org.caravanqda.app.search;

/** What a search returns: coded segments (default), turns/paragraphs, or whole documents. */
public enum SearchScope {
    SEGMENTS,
    UNITS,
    DOCUMENTS;

    public static SearchScope parse(String s) {
        try {
            return valueOf(s.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.caravanqda.app.common.CaravanException(
                    "unknown scope '" + s + "' (use segments, units or documents)");
        }
    }
}
