package org.caravanqda.app.port;

/** What `caravan check` reports of the index. */
public record IndexFacts(int schemaVersion, long generation, long segments, long units, long documents, long bytes) {}
