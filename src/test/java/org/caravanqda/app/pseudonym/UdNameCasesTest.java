package org.caravanqda.app.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.caravanqda.SharedData;
import org.caravanqda.model.Pseudonym;
import org.caravanqda.search.analysis.RussianNameForms;
import org.junit.jupiter.api.Test;

/**
 * Real sentences from the Russian UD treebanks (GSD, Taiga) with first names in every case: the
 * gold Case feature says which form of the pseudonym must stand where the name stood.
 */
class UdNameCasesTest {
    private static final Map<String, String> FORMS_TIMUR = Map.of(
            "Nom", "Тимур", "Gen", "Тимура", "Dat", "Тимуру", "Acc", "Тимура", "Ins", "Тимуром", "Loc", "Тимуре");
    private static final Map<String, String> FORMS_MARIA =
            Map.of("Nom", "Мария", "Gen", "Марии", "Dat", "Марии", "Acc", "Марию", "Ins", "Марией", "Loc", "Марии");
    private static final List<String> MEN = List.of("Иван", "Петр", "Владимир", "Александр", "Филипп", "Юрий", "Илья");
    private static final List<String> WOMEN = List.of("Анна", "Ольга", "Наталья", "Елена");

    private record Name(String form, String lemma, String grammaticalCase) {}

    @Test
    void everyCaseOfAListedFirstNameBecomesThePseudonymInThatCase() throws Exception {
        List<Pseudonym> list = new ArrayList<>();
        MEN.forEach(m -> list.add(Pseudonym.of(m, "Тимур")));
        WOMEN.forEach(w -> list.add(Pseudonym.of(w, "Мария")));
        Pseudonymizer pz = new Pseudonymizer(list, new RussianNameForms());
        int checked = 0;
        int oblique = 0;
        int surnamesKept = 0;
        int misspelled = 0;
        for (String file : List.of(
                "ru_gsd-ud-test.conllu", "ru_gsd-ud-dev.conllu", "ru_taiga-ud-test.conllu", "ru_taiga-ud-dev.conllu")) {
            Path conllu = SharedData.file("corpus/ud/" + file);
            String text = null;
            List<Name> names = new ArrayList<>();
            List<String> surnames = new ArrayList<>();
            for (String line : Files.readAllLines(conllu)) {
                if (line.startsWith("# text = ")) {
                    text = line.substring(9);
                } else if (line.isBlank()) {
                    if (text != null && (!names.isEmpty() || !surnames.isEmpty())) {
                        String out = pz.apply(text);
                        for (Name n : names) {
                            String expected =
                                    (MEN.contains(n.lemma()) ? FORMS_TIMUR : FORMS_MARIA).get(n.grammaticalCase());
                            assertThat(words(out))
                                    .as(text + " -> " + out)
                                    .contains(expected)
                                    .doesNotContain(n.form());
                            checked++;
                            oblique += n.grammaticalCase().equals("Nom") ? 0 : 1;
                        }
                        for (String s : surnames) {
                            assertThat(words(out)).as(text + " -> " + out).contains(s);
                            surnamesKept++;
                        }
                    }
                    text = null;
                    names.clear();
                    surnames.clear();
                } else if (!line.startsWith("#")) {
                    String[] t = line.split("\t");
                    if (t.length < 6 || !t[3].equals("PROPN")) {
                        continue;
                    }
                    String lemma = t[2].replace('ё', 'е');
                    var m = Pattern.compile("Case=(\\w+)").matcher(t[5]);
                    boolean listed = MEN.contains(lemma) || WOMEN.contains(lemma);
                    if (listed && !Words.key(t[1]).startsWith(Words.key(lemma).substring(0, 3))) {
                        misspelled++; // "Влдадимир": a list of names cannot know every typo (docs/security.md)
                    } else if (listed && t[5].contains("Number=Sing") && m.find()) {
                        names.add(new Name(t[1], lemma, m.group(1)));
                    } else if (lemma.startsWith("Иванов") || lemma.startsWith("Петров")) {
                        surnames.add(t[1]);
                    }
                }
            }
        }
        System.err.println("UD name cases: " + checked + " names checked (" + oblique + " oblique), " + surnamesKept
                + " surnames kept, " + misspelled + " misspelled names skipped");
        assertThat(checked).isGreaterThanOrEqualTo(30);
        assertThat(oblique).isGreaterThanOrEqualTo(15);
    }

    private static List<String> words(String s) {
        int[] b = Words.bounds(s);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < b.length; i += 2) {
            out.add(s.substring(b[i], b[i + 1]));
        }
        return out;
    }
}
