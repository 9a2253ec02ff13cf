package org.caravanqda.search.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Development tool (run by hand): writes the stem lexicons of the Turkic analysis (docs/search-quality.md, licences
 * there). "ky" writes ky-lemmas.txt from the gold lemmas of the Kyrgyz TUNING split (UD_Kyrgyz-KTMU train, CC BY-SA
 * 4.0); "kk PATH" writes kk-verbs.txt, the verb stems of the infinitives in Hunspell's kk_KZ.dic (Debian hunspell-kk 1.1, GPL-2+ or LGPL-2.1+ or
 * MPL-1.1+). Entries are folded as the index folds them (lower case, ё = е); only words of Cyrillic letters are kept
 * (the tokenizer splits hyphenated lemmas).
 */
final class LexiconWrite {
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-яәіңғүұқөһ]+");
    private static final Path DIR = Path.of("src/main/resources/org/caravanqda/search/analysis");

    public static void main(String[] args) throws IOException {
        Set<String> words = new TreeSet<>();
        List<String> header = new ArrayList<>();
        if (args[0].equals("ky")) {
            for (UdTreebank.Token t : UdTreebank.tokens(UdCorpora.KY.tuning)) {
                add(words, t.lemma());
            }
            header.add("# Kyrgyz lemmas: the gold lemmas of UD_Kyrgyz-KTMU train (ky_ktmu-ud-train.conllu, commit");
            header.add("# 57ad72fdcf2522856cba292905c236d396865495), by Benli, İbrahim; licence CC BY-SA 4.0");
            header.add("# (https://creativecommons.org/licenses/by-sa/4.0/). This list is an adaptation of that");
            header.add("# treebank (lemmas only, lower-cased, ё = е, Cyrillic words only) and is itself CC BY-SA 4.0.");
            header.add(
                    "# Written by LexiconWrite (test sources); used by TurkicStemming to stop a word's suffix chain.");
            write("ky-lemmas.txt", header, words);
        } else {
            List<String> dic = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
            for (String line : dic.subList(1, dic.size())) {
                String[] entry = line.replace("\uFEFF", "").split("/", 2);
                // the verbs: infinitives carry the flag set that starts with M (жасау/MmNn...)
                if (entry.length == 2 && entry[1].startsWith("Mm")) {
                    String inf = entry[0].toLowerCase(Locale.ROOT).replace('ё', 'е');
                    if (inf.endsWith("ю") && inf.length() > 2) { // азаю ← азай-у
                        add(words, inf.substring(0, inf.length() - 1) + "й");
                    } else {
                        TurkicQueryFilter.infinitiveStems("kk", inf).forEach(st -> add(words, st));
                    }
                }
            }
            header.add("# Kazakh verb stems: the infinitives of Hunspell's Kazakh dictionary kk_KZ.dic (Debian");
            header.add(
                    "# hunspell-kk 1.1-3, from OpenOffice dict-kk), (c) 2009 Akmaral Mussayeva, László Németh, Rail");
            header.add("# Aliev; licensed GPL-2+ or LGPL-2.1+ or MPL-1.1+, used here under the MPL-1.1 (see");
            header.add("# docs/search-quality.md). This list is derived from that dictionary (the stems of its");
            header.add("# infinitives: жасау → жаса, оқу → оқ and оқы, азаю → азай; lower-cased, ё = е) and stays");
            header.add("# under the MPL-1.1. Written by LexiconWrite (test sources).");
            // a negative infinitive (бермеу) is not a verb of its own: its stem would stop бермеді before бер
            words.removeIf(w -> w.length() > 3
                    && List.of("ма", "ме", "ба", "бе", "па", "пе").contains(w.substring(w.length() - 2))
                    && words.contains(w.substring(0, w.length() - 2)));
            write("kk-verbs.txt", header, words);
        }
    }

    private static void add(Set<String> words, String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (CYRILLIC_WORD.matcher(w).matches()) {
            words.add(w);
        }
    }

    private static void write(String name, List<String> header, Set<String> words) throws IOException {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(words);
        Files.write(DIR.resolve(name), lines, StandardCharsets.UTF_8);
        System.out.println(name + ": " + words.size() + " entries");
    }
}
