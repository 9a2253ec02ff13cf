package org.caravanqda.app.pseudonym;

import java.util.List;
import java.util.Map;

/**
 * The cases a Russian preposition governs, to choose between a name's identical forms: "Илье" is
 * dative and prepositional, and the pseudonym Тимур has two forms there (об Илье -> о Тимуре,
 * Илье -> Тимуру). Without a preposition before it the name takes the first slot in order.
 */
final class Prepositions {
    private static final List<String> GENITIVE = List.of("R");
    private static final Map<String, List<String>> CASES = Map.ofEntries(
            Map.entry("о", List.of("P")),
            Map.entry("об", List.of("P")),
            Map.entry("обо", List.of("P")),
            Map.entry("при", List.of("P")),
            Map.entry("в", List.of("V", "P")),
            Map.entry("во", List.of("V", "P")),
            Map.entry("на", List.of("V", "P")),
            Map.entry("к", List.of("D")),
            Map.entry("ко", List.of("D")),
            Map.entry("по", List.of("D")),
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
            Map.entry("с", List.of("T", "R")),
            Map.entry("со", List.of("T", "R")),
            Map.entry("про", List.of("V")),
            Map.entry("через", List.of("V")),
            Map.entry("за", List.of("T", "V")),
            Map.entry("под", List.of("T", "V")),
            Map.entry("над", List.of("T")),
            Map.entry("перед", List.of("T")),
            Map.entry("между", List.of("T")));

    private Prepositions() {}

    /** The slots {@code previousWordKey} allows, in its order; empty when it is no preposition. */
    static List<String> cases(String previousWordKey) {
        return previousWordKey == null ? List.of() : CASES.getOrDefault(previousWordKey, List.of());
    }
}
