package org.caravanqda.app.codebook;

/** New values for a code's name, colour (#rrggbb) and definition fields; blank texts clear a field. */
public record CodeEdit(
        String name, String color, String definition, String inclusion, String exclusion, String example) {}
