package org.caravanqda.app.tables;

import java.util.List;
import java.util.Map;
import org.caravanqda.model.AttributeType;

/**
 * What the window's table filters offer: the project's coders and documents (names, sorted), and
 * its attributes: {@code matrix} the attributes
 * worth a matrix (as {@code caravan table matrix} would bin them), {@code values} per attribute
 * its values, binned the same way over all documents (ages 20-29, ...), each with the names of
 * the documents that have it.
 */
public record TableChoices(
        List<String> coders,
        List<String> documents,
        Map<String, AttributeType> matrix,
        Map<String, Map<String, List<String>>> values) {
    public TableChoices {
        coders = List.copyOf(coders);
        documents = List.copyOf(documents);
        matrix = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matrix));
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The documents whose value of {@code attribute} is (in the bin) {@code value}; empty when none. */
    public List<String> documentsWith(String attribute, String value) {
        return values.getOrDefault(attribute, Map.of()).getOrDefault(value, List.of());
    }
}
