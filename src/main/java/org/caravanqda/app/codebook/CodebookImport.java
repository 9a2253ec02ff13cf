package org.caravanqda.app.codebook;

/** What a codebook import did: codes added, and existing codes (same path) updated. */
public record CodebookImport(int added, int updated) {}
