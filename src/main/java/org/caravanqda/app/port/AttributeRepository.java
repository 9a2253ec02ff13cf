package org.caravanqda.app.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;

public interface AttributeRepository {
    /** The attribute's id, creating it with the type when missing; changes the type when it differs. */
    long define(String name, AttributeType type);

    /** Sets (or, with a null value, clears) a document's value. */
    void setForDocument(long attributeId, long documentId, AttributeType type, Object value);

    /**
     * The row of a document's value of an attribute: its id and optimistic version (issue #20);
     * empty when the document has no value of it.
     */
    Optional<ValueRow> valueRow(long attributeId, long documentId);

    /** Document id -> attribute name -> the version of its value, for every value held. */
    Map<Long, Map<String, Long>> versionsByDocument();

    /** A value's row: what an edit claims ({@code Versioning.claim}) before it writes. */
    record ValueRow(long id, long version) {}

    /** Attribute name -> type, in definition order. */
    Map<String, AttributeType> definitions();

    /** Document id -> its values in definition order. */
    Map<Long, List<AttributeValue>> byDocument();
}
