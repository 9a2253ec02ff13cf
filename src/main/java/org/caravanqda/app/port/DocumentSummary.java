package org.caravanqda.app.port;

import java.util.List;

/** A document as listings show it, without its text. */
public record DocumentSummary(
        long id, String name, String language, int words, int units, List<String> speakers, int length) {}
