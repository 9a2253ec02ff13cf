package org.caravanqda.model;

import java.util.List;

/**
 * The languages Caravan analyses, as ISO 639-1 codes, and {@link #OTHER} for any other language
 * (searched with case- and character-folded word forms, no stemming): one list for import,
 * search and the window.
 */
public final class Languages {
    public static final String OTHER = "other";
    public static final List<String> SUPPORTED = List.of("ru", "en", "kk", "ky", "uz", OTHER);

    private Languages() {}
}
