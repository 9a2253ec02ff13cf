package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;

public interface DocumentRepository {
    /** Inserts the document (its id is ignored) with its units; returns the new id. */
    long insert(Document document, List<TextUnit> units);

    /**
     * Replaces a document's text (a correction, issue 21): its hash, word count and units with it.
     * Codings are the caller's to move in the same transaction.
     */
    void replaceText(long id, String text, String textHash, int words, List<TextUnit> units);

    /** Gives the document another name (unique among documents: the caller checks). */
    void rename(long id, String name);

    /** Removes the document with its units, codings, attribute values, case links, revisions and media link. */
    void delete(long id);

    Optional<Document> byName(String name);

    Optional<Document> byId(long id);

    /** All documents with their texts, by name. */
    List<Document> all();

    /** Summaries without texts, by name: cheap for listings. */
    List<DocumentSummary> summaries();

    List<TextUnit> units(long documentId);

    List<String> names();

    long count();

    long totalWords();

    long unitCount();
}
