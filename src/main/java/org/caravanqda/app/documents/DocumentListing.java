package org.caravanqda.app.documents;

import java.util.List;
import java.util.Map;

/** A document as {@code caravan documents} lists it; attribute values are String, Double, LocalDate or Boolean. */
public record DocumentListing(
        String name,
        String language,
        int words,
        int units,
        List<String> speakers,
        Map<String, Object> attributes,
        int codings) {}
