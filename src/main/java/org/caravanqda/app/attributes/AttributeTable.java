package org.caravanqda.app.attributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.DocumentNames;

/**
 * A parsed attributes CSV: per row the document name as written and its typed values
 * (String, Double, LocalDate, Boolean or null), per column the attribute and its inferred type.
 */
public record AttributeTable(
        String file,
        List<String> documents,
        List<String> attributes,
        List<AttributeType> types,
        List<List<Object>> values) {

    /** The row's values for a document named {@code name}: the row names it, or its name without extension. */
    public Map<String, Object> valuesFor(String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int r = 0; r < documents.size(); r++) {
            String row = documents.get(r);
            if (row.equals(name) || row.equals(DocumentNames.withoutExtension(name))) {
                for (int c = 0; c < attributes.size(); c++) {
                    Object v = values.get(r).get(c);
                    if (v != null) {
                        out.put(attributes.get(c), v);
                    }
                }
            }
        }
        return out;
    }
}
