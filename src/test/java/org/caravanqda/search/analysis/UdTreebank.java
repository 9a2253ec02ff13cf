package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caravanqda.SharedData;

/**
 * Gold tokens and sentences of UD treebanks, read in place from ../shared/corpus/ud (never copied into the repository).
 * Tokens follow SEARCH-QUALITY.md: word lines only (no multiword ranges, no empty nodes), UPOS PUNCT/NUM/SYM/X and
 * lemma "_" skipped.
 */
final class UdTreebank {
    private static final Set<String> SKIPPED_UPOS = Set.of("PUNCT", "NUM", "SYM", "X");

    /** One gold token: the form, the lemma as annotated, and the lemma identity used to judge matches. */
    record Token(String form, String lemma, String gold) {}

    private UdTreebank() {}

    static Path file(String name) {
        return SharedData.file("corpus/ud/" + name);
    }

    static List<Token> tokens(List<String> files) {
        List<Token> out = new ArrayList<>();
        for (String f : files) {
            for (String line : lines(f)) {
                Token t = token(line);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The gold token of a CoNLL-U word line, or null for other lines and skipped tokens. */
    private static Token token(String line) {
        String[] c = line.split("\t", -1);
        if (c.length < 4 || !c[0].matches("\\d+") || SKIPPED_UPOS.contains(c[3]) || c[2].equals("_")) {
            return null;
        }
        return new Token(c[1], c[2], goldIdentity(c[2]));
    }

    /** Gold tokens per sentence (same filtering as {@link #tokens}), for the sentence-level per-query measure. */
    static List<List<Token>> sentenceTokens(List<String> files) {
        List<List<Token>> out = new ArrayList<>();
        for (String f : files) {
            List<Token> sentence = new ArrayList<>();
            for (String line : lines(f)) {
                if (line.isBlank()) {
                    if (!sentence.isEmpty()) {
                        out.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    continue;
                }
                Token t = token(line);
                if (t != null) {
                    sentence.add(t);
                }
            }
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** The `# text` sentences, for the indexing-speed measurement. */
    static List<String> sentences(List<String> files) {
        List<String> out = new ArrayList<>();
        for (String f : files) {
            for (String line : lines(f)) {
                if (line.matches("# text\\s*=.*")) {
                    out.add(line.substring(line.indexOf('=') + 1).strip());
                }
            }
        }
        return out;
    }

    /**
     * Lemma identity per SEARCH-QUALITY.md: lower-cased, ё = е, apostrophe variants equal (ky_ktmu capitalises
     * sentence-initial lemmas, Taiga writes еще where GSD writes ещё, UzUDT mixes bo'lmoq and bo‘lmoq).
     */
    static String goldIdentity(String lemma) {
        StringBuilder b = new StringBuilder(lemma.toLowerCase(Locale.ROOT));
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == 'ё') {
                b.setCharAt(i, 'е');
            } else if (FoldingFilter.isApostrophe(c)) {
                b.setCharAt(i, FoldingFilter.CANONICAL_APOSTROPHE);
            }
        }
        return b.toString();
    }

    private static List<String> lines(String name) {
        try {
            return Files.readAllLines(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
