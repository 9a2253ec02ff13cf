package org.caravanqda.app.revision;

import java.time.Instant;

/**
 * One stored old text of a document: when it was replaced, by whom, from which file (null: edited
 * in the window), its length and how many codings it had.
 */
public record RevisionSummary(
        long id, String document, Instant replacedAt, String coder, String sourceFile, int length, int codings) {}
