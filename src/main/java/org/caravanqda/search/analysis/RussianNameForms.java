package org.caravanqda.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.caravanqda.app.port.NameForms;

/**
 * Name declensions from the AOT dictionary: the tagger dictionary tells which lemma, kind (Name,
 * Patr, Fam) and gender a word is in the nominative singular; the synthesis dictionary gives that
 * lemma's form for each case ("пётр|NN:Name:Masc:Sin:R" -> "петра"). A surname (Fam) gets its
 * masculine, feminine and plural readings whichever of them the word is ("смирнов|NN:Fam:Fem:Sin:R"
 * -> "смирновой", "смирнов|NN:Fam:PL:R" -> "смирновых"): a listed surname names the family. Which
 * readings apply to a word that is a first name as well (Марина, Ким) is the caller's choice.
 */
public final class RussianNameForms implements NameForms {
    private static final Pattern NOMINATIVE = Pattern.compile("NN:(Name|Patr|Fam):(Masc|Fem):Sin:Nom");

    @Override
    public List<Declension> declensions(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        DictionaryLookup tagger = new DictionaryLookup(RussianDictionary.get());
        Set<String> own = new LinkedHashSet<>();
        Set<String> family = new LinkedHashSet<>();
        for (WordData d : tagger.lookup(lower)) {
            Matcher m = NOMINATIVE.matcher(String.valueOf(d.getTag()));
            if (m.matches()) {
                own.add(d.getStem() + "|" + m.group(1) + "|" + m.group(2));
                if (SURNAME.equals(m.group(1))) {
                    family.add(d.getStem() + "|" + SURNAME + "|" + (m.group(2).equals("Masc") ? "Fem" : "Masc"));
                    family.add(d.getStem() + "|" + SURNAME + "|" + PLURAL);
                }
            }
        }
        Set<String> readings = new LinkedHashSet<>(own);
        readings.addAll(family);
        List<Declension> out = new ArrayList<>();
        DictionaryLookup synth = new DictionaryLookup(RussianDictionary.synth());
        for (String r : readings) {
            String[] p = r.split("\\|");
            String tag = "NN:" + p[1] + ":" + (PLURAL.equals(p[2]) ? "PL:" : p[2] + ":Sin:");
            Map<String, List<String>> forms = new LinkedHashMap<>();
            for (String slot : SLOTS) {
                List<String> f = synthesize(synth, p[0], tag + slot);
                if (!f.isEmpty()) {
                    forms.put(slot, f);
                }
            }
            if (own.contains(r) || !forms.isEmpty()) { // Ким has no feminine forms: no such reading
                out.add(new Declension(p[2], p[1], forms));
            }
        }
        return out;
    }

    private static List<String> synthesize(DictionaryLookup synth, String lemma, String tag) {
        List<String> forms = new ArrayList<>();
        for (WordData d : synth.lookup(lemma + "|" + tag)) {
            String f = String.valueOf(d.getStem());
            if (!forms.contains(f)) {
                forms.add(f);
            }
        }
        // the old instrumental in -ою/-ею (Анною) is a variant: the usual -ой/-ей comes first
        forms.sort(
                (a, b) -> Boolean.compare(a.endsWith("ою") || a.endsWith("ею"), b.endsWith("ою") || b.endsWith("ею")));
        return forms;
    }
}
