package org.caravanqda.app;

/** What a codebook import did: codes added, and existing codes (same path) updated. */
public record CodebookImport(int added, int updated) {
}
