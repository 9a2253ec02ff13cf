package org.caravanqda.app.port;

import java.util.List;
import java.util.Map;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;

public interface AttributeRepository {
    /** The attribute's id, creating it with the type when missing; changes the type when it differs. */
    long define(String name, AttributeType type);

    /** Sets (or, with a null value, clears) a document's value. */
    void setForDocument(long attributeId, long documentId, AttributeType type, Object value);

    /** Attribute name -> type, in definition order. */
    Map<String, AttributeType> definitions();

    /** Document id -> its values in definition order. */
    Map<Long, List<AttributeValue>> byDocument();
}
