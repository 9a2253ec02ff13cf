package org.caravanqda.app.pseudonym;

import java.util.List;
import java.util.Map;

/**
 * The cases a Russian preposition governs, to choose between a name's identical forms: "Илье" is
 * dative and prepositional, and the pseudonym Тимур has two forms there (об Илье -> о Тимуре,
 * Илье -> Тимуру). Without a preposition before it the name takes the first slot in order.
 */
final class Prepositions {
    private static final List<String> GENITIVE = List.of("Sin:R");
    private static final Map<String, List<String>> CASES = Map.ofEntries(
            Map.entry("о", List.of("Sin:P")),
            Map.entry("об", List.of("Sin:P")),
            Map.entry("обо", List.of("Sin:P")),
            Map.entry("при", List.of("Sin:P")),
            Map.entry("в", List.of("Sin:V", "Sin:P")),
            Map.entry("во", List.of("Sin:V", "Sin:P")),
            Map.entry("на", List.of("Sin:V", "Sin:P")),
            Map.entry("к", List.of("Sin:D")),
            Map.entry("ко", List.of("Sin:D")),
            Map.entry("по", List.of("Sin:D")),
            Map.entry("у", GENITIVE),
            Map.entry("от", GENITIVE),
            Map.entry("до", GENITIVE),
            Map.entry("из", GENITIVE),
            Map.entry("без", GENITIVE),
            Map.entry("для", GENITIVE),
            Map.entry("около", GENITIVE),
            Map.entry("после", GENITIVE),
            Map.entry("кроме", GENITIVE),
            Map.entry("возле", GENITIVE),
            Map.entry("среди", GENITIVE),
            Map.entry("вместо", GENITIVE),
            Map.entry("против", GENITIVE),
            Map.entry("ради", GENITIVE),
            Map.entry("мимо", GENITIVE),
            Map.entry("с", List.of("Sin:T", "Sin:R")),
            Map.entry("со", List.of("Sin:T", "Sin:R")),
            Map.entry("про", List.of("Sin:V")),
            Map.entry("через", List.of("Sin:V")),
            Map.entry("за", List.of("Sin:T", "Sin:V")),
            Map.entry("под", List.of("Sin:T", "Sin:V")),
            Map.entry("над", List.of("Sin:T")),
            Map.entry("перед", List.of("Sin:T")),
            Map.entry("между", List.of("Sin:T")));

    private Prepositions() {}

    /** The slots {@code previousWordKey} allows, in its order; empty when it is no preposition. */
    static List<String> cases(String previousWordKey) {
        return previousWordKey == null ? List.of() : CASES.getOrDefault(previousWordKey, List.of());
    }
}
