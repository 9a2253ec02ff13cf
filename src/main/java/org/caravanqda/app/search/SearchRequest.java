package org.caravanqda.app.search;

import java.util.Map;
import org.caravanqda.model.AttributeType;

/**
 * A query in Lucene syntax over Caravan's fields, the scope, how many hits to return and
 * whether to build keyword-in-context snippets; {@code attributeTypes} tells range queries
 * on attr.NAME how to read their bounds.
 */
public record SearchRequest(
        String query, SearchScope scope, int limit, boolean snippets, Map<String, AttributeType> attributeTypes) {}
