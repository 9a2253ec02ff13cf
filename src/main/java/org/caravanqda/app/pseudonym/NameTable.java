package org.caravanqda.app.pseudonym;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.NameForms.Declension;
import org.caravanqda.model.Pseudonym;

/**
 * Every written form of every listed name, mapped to the pseudonym in the same case: "ивану" ->
 * "Петру". Names as typed in the list come first; then their forms from the dictionary (or the
 * ending rules). A form that is several cases at once (Илье: dative and prepositional) keeps the
 * pseudonym's form for each; the preposition before it chooses ({@link Prepositions}), else the
 * first in {@link NameForms#SLOTS} order.
 */
final class NameTable {
    /** Slot of a name as typed in the list: it wins over any inflected form. */
    private static final String AS_LISTED = "";

    private final Map<String, Map<String, String>> replacements = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    /** Key of each real form -> the index of its entry in the list (the first that gives it). */
    private final Map<String, Integer> entries = new HashMap<>();
    /** Keys of every pseudonym as written, in every form: what a leak check must not take for a real name. */
    private final Set<String> written = new HashSet<>();

    private final Set<String> writtenFirstWords = new HashSet<>();
    private int maxWords = 1;

    NameTable(List<Pseudonym> list, NameForms forms) {
        for (int i = 0; i < list.size(); i++) {
            Pseudonym p = list.get(i);
            put(
                    Words.phraseKey(p.realName()),
                    AS_LISTED,
                    Words.nfc(p.pseudonym().strip()),
                    i);
        }
        Set<String> listed = new HashSet<>(replacements.keySet());
        for (int i = 0; i < list.size(); i++) {
            int entry = i;
            inflections(list.get(i), forms).forEach((key, slots) -> {
                if (!listed.contains(key)) {
                    slots.forEach((slot, r) -> put(key, slot, r, entry));
                }
            });
        }
    }

    private void put(String key, String slot, String replacement, int entry) {
        if (key.isEmpty()) {
            return;
        }
        replacements.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(slot, replacement);
        entries.putIfAbsent(key, entry);
        firstWords.add(firstWord(key));
        String w = Words.phraseKey(replacement);
        if (!w.isEmpty() && written.add(w)) {
            writtenFirstWords.add(firstWord(w));
            maxWords = Math.max(maxWords, Words.bounds(w).length / 2);
        }
        maxWords = Math.max(maxWords, Words.bounds(key).length / 2);
    }

    private static String firstWord(String key) {
        int[] b = Words.bounds(key);
        return key.substring(b[0], b[1]);
    }

    /** The list entry a real form belongs to, or -1 when the key is no real name. */
    int entry(String key) {
        return entries.getOrDefault(key, -1);
    }

    /** Whether a key is a pseudonym in one of its forms. */
    boolean isWritten(String key) {
        return written.contains(key);
    }

    boolean startsWritten(String wordKey) {
        return writtenFirstWords.contains(wordKey);
    }

    /** The pseudonym for a written name, or null; {@code previousWord} (a key, or null) picks among its cases. */
    String replacement(String key, String previousWord) {
        Map<String, String> slots = replacements.get(key);
        if (slots == null) {
            return null;
        }
        for (String slot : Prepositions.cases(previousWord)) {
            if (slots.containsKey(slot)) {
                return slots.get(slot);
            }
        }
        return slots.values().iterator().next();
    }

    boolean startsName(String wordKey) {
        return firstWords.contains(wordKey);
    }

    int maxWords() {
        return maxWords;
    }

    boolean isEmpty() {
        return replacements.isEmpty();
    }

    /** Key of each inflected form of the real name -> slot -> the pseudonym in that slot. */
    private static Map<String, Map<String, String>> inflections(Pseudonym p, NameForms forms) {
        List<String> real = Words.split(Words.nfc(p.realName()));
        List<String> pseudo = Words.split(Words.nfc(p.pseudonym().strip()));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Reading reading = reading(real, forms);
        for (String gender : reading.genders()) {
            List<Declension> realDecl = declensions(real, forms, gender, reading.surname());
            List<Declension> pseudoDecl = declensions(pseudo, forms, gender, reading.surname());
            for (String slot : NameForms.SLOTS) {
                String replacement = phrase(pseudo, pseudoDecl, slot, true).get(0);
                for (String form : phrase(real, realDecl, slot, false)) {
                    out.computeIfAbsent(Words.phraseKey(form), k -> new LinkedHashMap<>())
                            .putIfAbsent(slot, replacement);
                }
            }
        }
        return out;
    }

    /** How a real name declines: in which genders, and whether as a surname alone. */
    private record Reading(List<String> genders, boolean surname) {}

    /**
     * The genders the real name can be read in: those of its first word that is a first name or
     * patronymic (Анна Смирнова: feminine only; Марина, a surname too, still only as the first
     * name), else of its first surname (Смирнов: masculine, feminine and plural); "" when no word
     * declines.
     */
    private static Reading reading(List<String> words, NameForms forms) {
        List<String> surname = null;
        for (int i = 0; i < words.size(); i += 2) {
            List<Declension> r = readings(words.get(i), forms);
            List<Declension> names = r.stream().filter(d -> !d.surname()).toList();
            if (!names.isEmpty()) {
                return new Reading(
                        names.stream().map(Declension::gender).distinct().toList(), false);
            }
            if (surname == null && !r.isEmpty()) {
                surname = r.stream().map(Declension::gender).distinct().toList();
            }
        }
        return surname == null ? new Reading(List.of(""), false) : new Reading(surname, true);
    }

    /** The readings of a word: the dictionary's, else the ending rules' for a word it does not know. */
    private static List<Declension> readings(String word, NameForms forms) {
        List<Declension> d = forms.declensions(word);
        return d.isEmpty() ? EndingRules.of(word) : d;
    }

    /** Per word (null at gaps and for words that do not decline): the declension read in {@code gender}. */
    private static List<Declension> declensions(List<String> words, NameForms forms, String gender, boolean surname) {
        List<Declension> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i % 2 == 1) {
                out.add(null);
                continue;
            }
            out.add(pick(words.get(i), forms, gender, surname));
        }
        return out;
    }

    /**
     * The reading of {@code gender} among a word's readings as a surname when the real name is a
     * surname (Смирнова -> Ким: Ким the surname), else as a first name where it has one (Иван ->
     * Марина: Марина the first name, not the surname's masculine Марин); without one, the first
     * reading, except that a word only the ending rules decline, or a surname without feminine
     * forms, stays as written for a woman (Айгерим, Ким: a woman's name or surname in a consonant
     * does not decline).
     */
    private static Declension pick(String word, NameForms forms, String gender, boolean asSurname) {
        List<Declension> known = forms.declensions(word);
        List<Declension> all = known.isEmpty() ? EndingRules.of(word) : known;
        List<Declension> preferred =
                all.stream().filter(d -> d.surname() == asSurname).toList();
        List<Declension> d = preferred.isEmpty() ? all : preferred;
        for (Declension x : d) {
            if (x.gender().equals(gender)) {
                return x;
            }
        }
        boolean surname = d.stream().allMatch(Declension::surname);
        if (d.isEmpty() || ("Fem".equals(gender) && (known.isEmpty() || surname))) {
            return null;
        }
        return d.get(0);
    }

    /**
     * The phrase in one slot: every combination of its words' forms there (all, to match the real
     * name) or the usual one in the user's capitals (to write the pseudonym). Words without the
     * slot stay as written; a phrase none of whose words has the slot yields nothing to match.
     */
    private static List<String> phrase(List<String> words, List<Declension> decl, String slot, boolean usualOnly) {
        List<String> out = new ArrayList<>(List.of(""));
        boolean inflected = false;
        for (int i = 0; i < words.size(); i++) {
            String typed = words.get(i);
            List<String> options = List.of(typed);
            Declension d = decl.get(i);
            if (d != null && d.forms().containsKey(slot)) {
                List<String> f = d.forms().get(slot);
                options = (usualOnly ? f.subList(0, 1) : f)
                        .stream().map(x -> written(typed, x)).toList();
                inflected = true;
            }
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String o : options) {
                    next.add(head + o);
                }
            }
            out = next;
        }
        return inflected || usualOnly ? out : List.of();
    }

    /** A dictionary form in the capitals of the typed word, without ё when the user wrote none. */
    private static String written(String typed, String form) {
        String f = typed.indexOf('ё') < 0 && typed.indexOf('Ё') < 0 ? form.replace('ё', 'е') : form;
        return CaseShape.asTyped(typed, f);
    }
}
