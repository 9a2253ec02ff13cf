package org.caravanqda.app.documents;

/** The counts of {@code caravan stats}. */
public record ProjectStats(long documents, long units, long codes, long codings, long coders, long words) {}
