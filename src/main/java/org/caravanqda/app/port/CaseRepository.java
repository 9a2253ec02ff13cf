package org.caravanqda.app.port;

import java.util.List;
import java.util.Map;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.ParticipantCase;

/** Cases (usually participants) grouping documents, and their attribute values. */
public interface CaseRepository {
    /** Inserts the case (id ignored) with its document links; returns the new id. */
    long insert(ParticipantCase c);

    /** Renames the case (names are unique: the caller checks). */
    void rename(long id, String name);

    /** Removes the case with its document links and values (the documents stay). */
    void delete(long id);

    /** Replaces the case's documents. */
    void setDocuments(long id, List<Long> documentIds);

    /** All cases by name, with their document ids. */
    List<ParticipantCase> all();

    /** Sets (or, with a null value, clears) a case's value of an attribute defined in AttributeRepository. */
    void setValue(long attributeId, long caseId, AttributeType type, Object value);

    /** Case id -> its values in definition order. */
    Map<Long, List<AttributeValue>> values();
}
