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
    private int maxWords = 1;

    NameTable(List<Pseudonym> list, NameForms forms) {
        for (Pseudonym p : list) {
            put(
                    Words.phraseKey(p.realName()),
                    AS_LISTED,
                    Words.nfc(p.pseudonym().strip()));
        }
        Set<String> listed = new HashSet<>(replacements.keySet());
        for (Pseudonym p : list) {
            inflections(p, forms).forEach((key, slots) -> {
                if (!listed.contains(key)) {
                    slots.forEach((slot, r) -> put(key, slot, r));
                }
            });
        }
    }

    private void put(String key, String slot, String replacement) {
        if (key.isEmpty()) {
            return;
        }
        replacements.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(slot, replacement);
        int[] b = Words.bounds(key);
        firstWords.add(key.substring(b[0], b[1]));
        maxWords = Math.max(maxWords, b.length / 2);
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
        for (String gender : genders(real, forms)) {
            List<Declension> realDecl = declensions(real, forms, gender);
            List<Declension> pseudoDecl = declensions(pseudo, forms, gender);
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

    /**
     * The genders the real name can be read in: those of its first word that is a first name or
     * patronymic (Анна Смирнова: feminine only), else of its first surname (Смирнов: masculine,
     * feminine and plural); "" when no word declines.
     */
    private static List<String> genders(List<String> words, NameForms forms) {
        List<String> surname = null;
        for (int i = 0; i < words.size(); i += 2) {
            List<Declension> r = readings(words.get(i), forms);
            List<String> g = r.stream().map(Declension::gender).distinct().toList();
            if (g.isEmpty()) {
                continue;
            }
            if (!g.contains(NameForms.PLURAL)) {
                return g;
            }
            if (surname == null) {
                surname = g;
            }
        }
        return surname == null ? List.of("") : surname;
    }

    /** The readings of a word: the dictionary's, else the ending rules' for a word it does not know. */
    private static List<Declension> readings(String word, NameForms forms) {
        List<Declension> d = forms.declensions(word);
        return d.isEmpty() ? EndingRules.of(word) : d;
    }

    /** Per word (null at gaps and for words that do not decline): the declension read in {@code gender}. */
    private static List<Declension> declensions(List<String> words, NameForms forms, String gender) {
        List<Declension> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i % 2 == 1) {
                out.add(null);
                continue;
            }
            out.add(pick(words.get(i), forms, gender));
        }
        return out;
    }

    /**
     * The reading of {@code gender}; without one, the first reading, except that a word only the
     * ending rules decline, or a surname without feminine forms, stays as written for a woman
     * (Айгерим, Ким: a woman's name or surname in a consonant does not decline).
     */
    private static Declension pick(String word, NameForms forms, String gender) {
        List<Declension> known = forms.declensions(word);
        List<Declension> d = known.isEmpty() ? EndingRules.of(word) : known;
        for (Declension x : d) {
            if (x.gender().equals(gender)) {
                return x;
            }
        }
        boolean surname = d.stream().anyMatch(x -> x.gender().equals(NameForms.PLURAL));
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
