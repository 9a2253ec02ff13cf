package org.caravanqda.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caravanqda.SharedData;
import org.caravanqda.model.Span;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String text, String language) {
        return Sentences.of(text, language).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void dialogueDashesEndTheSentenceAtTheLineAndNothingOverlaps() {
        String text =
                "Мы жили там до марта. Потом всё изменилось...\n- А вы уехали...?\n- Да, в г. Ташкент, т. е. к родным.";
        assertThat(texts(text, "ru"))
                .containsExactly(
                        "Мы жили там до марта.",
                        "Потом всё изменилось...",
                        "- А вы уехали...?",
                        "- Да, в г. Ташкент, т. е. к родным.");
        assertNoOverlap(Sentences.of(text, "ru"));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(texts("Dr. Smith met Mr. Brown, e.g. at the U.S. embassy. Then they left.", "en"))
                .containsExactly("Dr. Smith met Mr. Brown, e.g. at the U.S. embassy.", "Then they left.");
        assertThat(texts("Мы жили на ул. Ленина у проф. Иванова. А. С. Пушкин тоже. Вот и всё.", "ru"))
                .containsExactly("Мы жили на ул. Ленина у проф. Иванова.", "А. С. Пушкин тоже.", "Вот и всё.");
        assertThat(texts("«Уезжаем!» — сказала она. «Куда?» — спросил он.", "ru"))
                .containsExactly("«Уезжаем!» — сказала она.", "«Куда?» — спросил он.");
    }

    @Test
    void textWithoutPunctuationIsCutIntoPiecesAtSpaces() {
        String text = "ну вот мы и приехали сюда в сентябре ".repeat(100).strip();
        List<Span> spans = Sentences.of(text, "ru");
        assertThat(spans).hasSizeGreaterThan(5);
        assertThat(spans).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(Sentences.MAX_LENGTH));
        assertNoOverlap(spans);
        for (Span s : spans) {
            assertThat(s.start() == 0 || text.charAt(s.start() - 1) == ' ')
                    .as("cut at a space")
                    .isTrue();
        }
        assertThat(Sentences.unpunctuated(text)).isTrue();
        assertThat(Sentences.unpunctuated("Это предложение. ".repeat(300))).isFalse();
    }

    @Test
    void withinATurnNeverRunsIntoTheNext() {
        String text = "MSM: Where did you go after\nthat\nInterviewer: To Moscow. Why?";
        List<Span> first = Sentences.within(text, 0, 32, "en");
        assertThat(first).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(32));
    }

    /**
     * Real sentences from Universal Dependencies (their gold sentence boundaries) joined into
     * paragraphs: how many gold sentences the splitter does not give as one span, before (ICU alone
     * on the paragraph) and after (this splitter). The figures are in docs/import.md.
     */
    @Test
    void goldSentencesOfRealRussianAndEnglishText() throws IOException {
        for (String[] file : new String[][] {
            {"ud/ru_taiga-ud-test.conllu", "ru"},
            {"ud/ru_gsd-ud-test.conllu", "ru"},
            {"ud/en_gum-interviews.conllu", "en"}
        }) {
            Path p = SharedData.file("corpus/" + file[0]);
            List<List<String>> paragraphs = paragraphs(p);
            int gold = 0;
            int wrongBefore = 0;
            int wrongAfter = 0;
            for (List<String> par : paragraphs) {
                StringBuilder text = new StringBuilder();
                List<Span> goldSpans = new ArrayList<>();
                for (String s : par) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    goldSpans.add(new Span(text.length(), text.length() + s.length()));
                    text.append(s);
                }
                String t = text.toString();
                Set<Span> before = new HashSet<>(icuAlone(t, file[1]));
                List<Span> afterList = Sentences.of(t, file[1]);
                assertNoOverlap(afterList);
                Set<Span> after = new HashSet<>(afterList);
                for (Span g : goldSpans) {
                    gold++;
                    wrongBefore += before.contains(g) ? 0 : 1;
                    wrongAfter += after.contains(g) ? 0 : 1;
                    if (!after.contains(g) && before.contains(g) && System.getenv("SHOW_WRONG") != null) {
                        System.out.println("WRONG " + g.of(t));
                    }
                }
            }
            System.out.printf(
                    "%s: %d gold sentences; not one span: ICU alone %d (%.1f%%), Sentences %d (%.1f%%)%n",
                    file[0], gold, wrongBefore, 100.0 * wrongBefore / gold, wrongAfter, 100.0 * wrongAfter / gold);
            assertThat(wrongAfter).as(file[0]).isLessThanOrEqualTo(wrongBefore);
        }
    }

    /** "# text" lines grouped by "# newpar" / "# newdoc", or by six where a file has neither. */
    private static List<List<String>> paragraphs(Path conllu) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean marked = Files.readAllLines(conllu).stream().anyMatch(l -> l.startsWith("# newpar"));
        for (String line : Files.readAllLines(conllu)) {
            if ((line.startsWith("# newpar") || line.startsWith("# newdoc")) && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            } else if (line.startsWith("# text")) {
                int eq = line.indexOf('=');
                String s = line.substring(eq + 1).strip();
                if (!s.isEmpty()) {
                    current.add(s);
                }
                if (!marked && current.size() == 6) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static List<Span> icuAlone(String text, String language) {
        BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(language));
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            Span s = Span.trimmed(text, start, end);
            if (s.length() > 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static void assertNoOverlap(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start())
                    .isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
