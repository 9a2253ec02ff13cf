package org.caravanqda.app.pseudonym;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.port.NameForms.Declension;

/**
 * Declension by ending for Cyrillic names the dictionary does not know (Дилноза, Айбек), kept
 * to the two patterns that are regular in Russian (docs/security.md lists exactly what they cover):
 * <ul>
 * <li>ending in -а after a consonant (any gender: Дилноза, Никита): -ы (-и after г к х ж ш ч щ),
 * -е, -у, -ой (-ей after ж ш ч щ ц), -е;</li>
 * <li>masculine, ending in a hard consonant other than ж ш ч щ ц (Айбек, Нурлан): -а, -у, -а,
 * -ом, -е.</li>
 * </ul>
 * Singular only. Anything else (Айгерим as a woman's name, -я, -и, -о, Latin script) stays as written.
 */
final class EndingRules {
    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    private static final String HUSHING = "жшчщц";
    private static final String VELAR_OR_HUSHING = "гкхжшчщ";

    private EndingRules() {}

    /** A declension by these rules; {@code gender} "Fem" refuses the masculine pattern (feminine -м names do not decline). */
    static Optional<Declension> of(String word, String gender) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        char last = w.charAt(w.length() - 1);
        char before = w.charAt(w.length() - 2);
        String stem = w.substring(0, w.length() - 1);
        if (last == 'а' && CONSONANTS.indexOf(before) >= 0) {
            return Optional.of(declension(
                    "Fem",
                    w,
                    stem + (VELAR_OR_HUSHING.indexOf(before) >= 0 ? "и" : "ы"),
                    stem + "е",
                    stem + "у",
                    stem + (HUSHING.indexOf(before) >= 0 ? "ей" : "ой"),
                    stem + "е"));
        }
        if (CONSONANTS.indexOf(last) >= 0 && HUSHING.indexOf(last) < 0 && !"Fem".equals(gender)) {
            return Optional.of(declension("Masc", w, w + "а", w + "у", w + "а", w + "ом", w + "е"));
        }
        return Optional.empty();
    }

    private static Declension declension(
            String gender, String nom, String gen, String dat, String acc, String ins, String prep) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("Sin:Nom", List.of(nom));
        f.put("Sin:R", List.of(gen));
        f.put("Sin:D", List.of(dat));
        f.put("Sin:V", List.of(acc));
        f.put("Sin:T", List.of(ins));
        f.put("Sin:P", List.of(prep));
        return new Declension(gender, f);
    }
}
