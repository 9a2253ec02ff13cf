package org.caravanqda.app.port;

import java.util.List;
import java.util.Map;

/**
 * Russian declension of personal names (first names, patronymics, surnames) from a morphology
 * dictionary, so that a pseudonym list entry "Иван -> Пётр" also turns "Ивану" into "Петру", and
 * "Смирнов -> Кузнецов" turns "Смирновой" into "Кузнецовой".
 */
public interface NameForms {
    /** The six cases as the AOT tag set writes them: Nom, R (genitive), V (accusative), D, T, P. */
    List<String> SLOTS = List.of("Nom", "R", "V", "D", "T", "P");

    /** The gender of a reading that is a surname's plural (Смирновы, Смирновых): any gender. */
    String PLURAL = "Plur";

    /**
     * The declensions of {@code word} as a name, one per reading (Саша is masculine and feminine);
     * empty when the dictionary does not know it as a name. First names and patronymics have
     * their singular only (the genitive plural of Иван is Иванов, which is a surname, not a form of
     * the name); a surname has its masculine, feminine and plural readings (Смирнов, Смирнова,
     * Смирновы), the word's own reading first.
     */
    List<Declension> declensions(String word);

    /** The kind of a surname reading, as the AOT tag set writes it (first names are "Name", patronymics "Patr"). */
    String SURNAME = "Fam";

    /**
     * One reading: its gender ("Masc", "Fem", or {@link #PLURAL}), its kind ("Name", "Patr" or
     * {@link #SURNAME}) and, per slot of {@link #SLOTS}, its lower-case forms, the usual one first
     * (Анной before Анною).
     */
    record Declension(String gender, String kind, Map<String, List<String>> forms) {
        public Declension {
            forms = Map.copyOf(forms);
        }

        /** A first name's reading. */
        public Declension(String gender, Map<String, List<String>> forms) {
            this(gender, "Name", forms);
        }

        public boolean surname() {
            return SURNAME.equals(kind);
        }
    }

    /** No dictionary: names are replaced only in the forms the list gives (and by the ending rules). */
    NameForms NONE = word -> List.of();
}
