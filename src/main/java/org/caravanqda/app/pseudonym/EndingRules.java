package org.caravanqda.app.pseudonym;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.NameForms.Declension;

/**
 * Declension by ending for Cyrillic names the dictionary does not know (Дилноза, Айбек,
 * Тешакулов), kept to the patterns that are regular in Russian (docs/security.md lists exactly
 * what they cover):
 * <ul>
 * <li>ending in -а after a consonant (any gender: Дилноза, Никита): -ы (-и after г к х ж ш ч щ),
 * -е, -у, -ой (-ей after ж ш ч щ ц), -е;</li>
 * <li>a surname in -ов, -ев, -ёв, -ин, -ын (Тешакулов, Бердиев) or, for a woman, -ова, -ева, -ёва
 * (Тешакулова): the masculine (-а, -у, -а, -ым, -е), feminine (-а, -ой, -ой, -у, -ой, -ой) and
 * plural (-ы, -ых, -ым, -ых, -ыми, -ых) of Russian possessive surnames; -ин and -ын also take the
 * instrumental -ом of first names (Нуриддином);</li>
 * <li>masculine, ending in a hard consonant other than ж ш ч щ ц (Айбек, Нурлан): -а, -у, -а,
 * -ом, -е.</li>
 * </ul>
 * First names singular only. Anything else (Айгерим as a woman's name, -я, -и, -о, Latin script)
 * stays as written.
 */
final class EndingRules {
    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    private static final String HUSHING = "жшчщц";
    private static final String VELAR_OR_HUSHING = "гкхжшчщ";
    private static final List<String> SURNAME_ENDINGS = List.of("ов", "ев", "ёв", "ин", "ын");
    private static final List<String> FEMININE_SURNAME_ENDINGS = List.of("ова", "ева", "ёва");
    /** Letters before a surname suffix: Ли-н or Ка-ин are not surnames of this kind. */
    private static final int SURNAME_STEM = 3;

    private EndingRules() {}

    /**
     * The readings of {@code word} by these rules: one for a first name ("Fem" for the -а pattern,
     * "Masc" for the consonant one), three for a surname (its own gender first), none otherwise.
     */
    static List<Declension> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return List.of();
        }
        for (String e : FEMININE_SURNAME_ENDINGS) {
            if (w.endsWith(e) && w.length() >= e.length() + SURNAME_STEM) {
                return surname(w.substring(0, w.length() - 1), "Fem");
            }
        }
        for (String e : SURNAME_ENDINGS) {
            if (w.endsWith(e) && w.length() >= e.length() + SURNAME_STEM) {
                return surname(w, "Masc");
            }
        }
        char last = w.charAt(w.length() - 1);
        char before = w.charAt(w.length() - 2);
        String stem = w.substring(0, w.length() - 1);
        if (last == 'а' && CONSONANTS.indexOf(before) >= 0) {
            return List.of(declension(
                    "Fem",
                    w,
                    stem + (VELAR_OR_HUSHING.indexOf(before) >= 0 ? "и" : "ы"),
                    stem + "е",
                    stem + "у",
                    stem + (HUSHING.indexOf(before) >= 0 ? "ей" : "ой"),
                    stem + "е"));
        }
        if (CONSONANTS.indexOf(last) >= 0 && HUSHING.indexOf(last) < 0) {
            return List.of(declension("Masc", w, w + "а", w + "у", w + "а", w + "ом", w + "е"));
        }
        return List.of();
    }

    /** A possessive surname from its masculine nominative: Тешакулов, Тешакулова, Тешакуловы. */
    private static List<Declension> surname(String m, String own) {
        boolean in = m.endsWith("ин") || m.endsWith("ын");
        Map<String, List<String>> masc = forms(
                List.of(m),
                List.of(m + "а"),
                List.of(m + "у"),
                List.of(m + "а"),
                in ? List.of(m + "ым", m + "ом") : List.of(m + "ым"),
                List.of(m + "е"));
        Map<String, List<String>> fem = forms(
                List.of(m + "а"),
                List.of(m + "ой"),
                List.of(m + "ой"),
                List.of(m + "у"),
                List.of(m + "ой", m + "ою"),
                List.of(m + "ой"));
        Map<String, List<String>> plural = forms(
                List.of(m + "ы"),
                List.of(m + "ых"),
                List.of(m + "ым"),
                List.of(m + "ых"),
                List.of(m + "ыми"),
                List.of(m + "ых"));
        List<Declension> out = new ArrayList<>();
        out.add(new Declension(own, NameForms.SURNAME, own.equals("Fem") ? fem : masc));
        out.add(new Declension(own.equals("Fem") ? "Masc" : "Fem", NameForms.SURNAME, own.equals("Fem") ? masc : fem));
        out.add(new Declension(NameForms.PLURAL, NameForms.SURNAME, plural));
        return out;
    }

    private static Declension declension(
            String gender, String nom, String gen, String dat, String acc, String ins, String prep) {
        return new Declension(
                gender, forms(List.of(nom), List.of(gen), List.of(dat), List.of(acc), List.of(ins), List.of(prep)));
    }

    private static Map<String, List<String>> forms(
            List<String> nom,
            List<String> gen,
            List<String> dat,
            List<String> acc,
            List<String> ins,
            List<String> prep) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("Nom", nom);
        f.put("R", gen);
        f.put("D", dat);
        f.put("V", acc);
        f.put("T", ins);
        f.put("P", prep);
        return f;
    }
}
