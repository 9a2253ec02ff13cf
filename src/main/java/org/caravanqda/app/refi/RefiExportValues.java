package org.caravanqda.app.refi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.pseudonym.Pseudonymized;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.ParticipantCase;

/** Attributes as REFI-QDA Variables, with their values on sources and on cases. */
final class RefiExportValues {
    private final Map<String, String> guids = new HashMap<>();
    private final List<RefiProject.Variable> variables = new ArrayList<>();
    private final Map<Long, List<AttributeValue>> byDocument;
    private final List<RefiProject.Case> cases = new ArrayList<>();

    RefiExportValues(StoreSession s, Pseudonymizer pseudonyms) {
        s.attributes().definitions().forEach((name, type) -> {
            String written = pseudonyms.apply(name);
            String guid = UUID.nameUUIDFromBytes(("caravan-attribute:" + written).getBytes(StandardCharsets.UTF_8))
                    .toString();
            guids.put(name, guid);
            variables.add(new RefiProject.Variable(guid, written, refiType(type)));
        });
        byDocument = Pseudonymized.values(s.attributes().byDocument(), pseudonyms);
        Map<Long, List<AttributeValue>> byCase = Pseudonymized.values(s.cases().values(), pseudonyms);
        Map<Long, String> documentGuids = new HashMap<>();
        s.documents().all().forEach(d -> documentGuids.put(d.id(), d.guid()));
        for (ParticipantCase c : s.cases().all()) {
            cases.add(new RefiProject.Case(
                    c.guid(),
                    pseudonyms.apply(c.name()),
                    pseudonyms.apply(c.description()),
                    c.documentIds().stream().map(documentGuids::get).toList(),
                    values(byCase.get(c.id()))));
        }
    }

    static String refiType(AttributeType t) {
        return switch (t) {
            case TEXT -> "Text";
            case NUMBER -> "Float";
            case DATE -> "Date";
            case BOOLEAN -> "Boolean";
        };
    }

    List<RefiProject.Value> forDocument(long documentId) {
        return values(byDocument.get(documentId));
    }

    private List<RefiProject.Value> values(List<AttributeValue> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(v -> v.value() != null)
                .map(v -> new RefiProject.Value(
                        guids.get(v.attribute()),
                        switch (v.type()) {
                            case NUMBER ->
                                BigDecimal.valueOf(((Number) v.value()).doubleValue())
                                        .stripTrailingZeros()
                                        .toPlainString();
                            default -> v.value().toString();
                        }))
                .toList();
    }

    List<RefiProject.Variable> variables() {
        return variables;
    }

    List<RefiProject.Case> cases() {
        return cases;
    }
}
