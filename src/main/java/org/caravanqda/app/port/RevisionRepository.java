package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.DocumentRevision;
import org.caravanqda.model.OrphanCoding;

/** Corrected transcripts: the texts they replaced, and the codings whose text went with them. */
public interface RevisionRepository {
    /** Stores a revision (its id ignored); returns the new id. */
    long insert(DocumentRevision revision);

    /** A document's revisions, newest first. */
    List<DocumentRevision> of(long documentId);

    Optional<DocumentRevision> byId(long id);

    /** Stores an orphan under its coding's id (the coding itself must be gone). */
    void insertOrphan(OrphanCoding orphan);

    /** The orphans of one document, or of all when {@code documentId} is null, by document and old place. */
    List<OrphanCoding> orphans(Long documentId);

    Optional<OrphanCoding> orphan(long id);

    boolean deleteOrphan(long id);
}
