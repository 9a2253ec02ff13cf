package org.caravanqda.model;

import java.util.List;

/** The languages Caravan analyses, as ISO 639-1 codes: one list for import, search and the window. */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("ru", "en", "kk", "ky", "uz");

    private Languages() {}
}
