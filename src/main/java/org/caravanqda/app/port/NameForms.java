package org.caravanqda.app.port;

import java.util.List;
import java.util.Map;

/**
 * Russian declension of personal names (first names, patronymics, surnames) from a morphology
 * dictionary, so that a pseudonym list entry "Иван -> Пётр" also turns "Ивану" into "Петру".
 */
public interface NameForms {
    /**
     * The singular cases as the AOT tag set writes them: Nom, R (genitive), V (accusative), D, T, P.
     * No plurals: the genitive plural of Иван is Иванов, which is a surname, not a form of the name.
     */
    List<String> SLOTS = List.of("Sin:Nom", "Sin:R", "Sin:V", "Sin:D", "Sin:T", "Sin:P");

    /**
     * The declensions of {@code word} as a name, one per reading (Саша is masculine and feminine);
     * empty when the dictionary does not know it as a name.
     */
    List<Declension> declensions(String word);

    /**
     * One reading: its gender ("Masc" or "Fem") and, per slot of {@link #SLOTS}, its lower-case
     * forms, the usual one first (Анной before Анною).
     */
    record Declension(String gender, Map<String, List<String>> forms) {
        public Declension {
            forms = Map.copyOf(forms);
        }
    }

    /** No dictionary: names are replaced only in the forms the list gives (and by the ending rules). */
    NameForms NONE = word -> List.of();
}
