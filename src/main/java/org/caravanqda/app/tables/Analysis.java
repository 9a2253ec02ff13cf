package org.caravanqda.app.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caravanqda.analysis.AttributeBins;
import org.caravanqda.analysis.CodeIndex;
import org.caravanqda.analysis.CodedDocument;
import org.caravanqda.analysis.CooccurrenceCounter;
import org.caravanqda.analysis.FrequencyCounter;
import org.caravanqda.analysis.MatrixCounter;
import org.caravanqda.analysis.PresenceCounter;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;

/** Every table of one selection, fed one document at a time. */
public final class Analysis {
    /** A text attribute with more distinct values than this is a label (a pseudonym), not a category. */
    static final int MAX_CATEGORIES = 20;

    final Codebook book;
    public final CodeIndex codes;
    public final FrequencyCounter frequencies;
    public final CooccurrenceCounter cooccurrence;
    public final PresenceCounter presence;
    private final Map<String, MatrixCounter> matrices = new LinkedHashMap<>();

    /** The code x attribute matrices being filled, by attribute name. */
    public Map<String, MatrixCounter> matrices() {
        return matrices;
    }

    final int[] ownCodings;
    private final Map<Long, List<AttributeValue>> attributes;

    public Analysis(
            Codebook book,
            Map<Long, List<AttributeValue>> attributes,
            Map<String, AttributeType> matrixBy,
            List<Long> documentIds,
            int bins) {
        this.book = book;
        this.codes = new CodeIndex(book);
        this.frequencies = new FrequencyCounter(codes);
        this.cooccurrence = new CooccurrenceCounter(codes);
        this.presence = new PresenceCounter(codes);
        this.ownCodings = new int[codes.size()];
        this.attributes = attributes;
        matrixBy.forEach((name, type) -> matrices.put(
                name, new MatrixCounter(name, codes, AttributeBins.of(type, values(name, documentIds), bins))));
    }

    /** The attributes worth a matrix: yes/no, numbers (binned), and text with a few repeated values. */
    public static Map<String, AttributeType> categorical(
            Map<String, AttributeType> definitions,
            Map<Long, List<AttributeValue>> attributes,
            List<Long> documentIds) {
        Map<String, AttributeType> out = new LinkedHashMap<>();
        definitions.forEach((name, type) -> {
            List<Object> values = new ArrayList<>();
            for (long id : documentIds) {
                values.add(value(attributes, id, name));
            }
            long present = values.stream().filter(Objects::nonNull).count();
            long distinct = values.stream().filter(Objects::nonNull).distinct().count();
            boolean fits = switch (type) {
                case BOOLEAN, NUMBER -> present > 0;
                case TEXT -> distinct > 0 && distinct <= MAX_CATEGORIES && distinct < present;
                case DATE -> false;
            };
            if (fits) {
                out.put(name, type);
            }
        });
        return out;
    }

    public void add(CodedDocument doc) {
        frequencies.add(doc);
        cooccurrence.add(doc);
        presence.add(doc);
        matrices.forEach((name, m) -> m.add(doc, value(attributes, doc.id(), name)));
        for (Coding c : doc.codings()) {
            ownCodings[codes.indexOf(c.codeId())]++;
        }
    }

    private List<Object> values(String name, List<Long> documentIds) {
        List<Object> out = new ArrayList<>();
        documentIds.forEach(id -> out.add(value(attributes, id, name)));
        return out;
    }

    public static Object value(Map<Long, List<AttributeValue>> attributes, long documentId, String name) {
        return attributes.getOrDefault(documentId, List.of()).stream()
                .filter(v -> v.attribute().equals(name))
                .map(AttributeValue::value)
                .findFirst()
                .orElse(null);
    }
}
