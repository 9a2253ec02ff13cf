package org.caravanqda.app.port;

/** The repositories of one read or write, all on the same transaction. */
public interface StoreSession {
    ProjectInfo project();

    DocumentRepository documents();

    CodeRepository codes();

    CoderRepository coders();

    CodingRepository codings();

    AttributeRepository attributes();

    ChangeLog changeLog();

    MemoRepository memos();

    CaseRepository cases();

    PseudonymRepository pseudonyms();

    /** Corrected transcripts' old texts and orphaned codings (issue 21). */
    RevisionRepository revisions();

    MediaRepository media();

    /** Optimistic versions of codes, codings, memos, pseudonyms and attribute values (issue #20). */
    Versions versions();
}
