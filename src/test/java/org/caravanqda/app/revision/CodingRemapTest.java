package org.caravanqda.app.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caravanqda.app.revision.CodingRemap.Outcome;
import org.caravanqda.app.revision.CodingRemap.Placed;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Codings through a corrected text: insertions and deletions before, inside, across and after
 * codings, on Russian text with emoji (surrogate pairs, a family joined by zero-width joiners) and
 * CRLF line ends; and a seeded property: edits outside every coding leave each coding's text as it was.
 */
class CodingRemapTest {
    private static final String OLD = "Интервьюер: Расскажите о семье.\r\n"
            + "Анна: Моя семья 👨‍👩‍👧 живёт в Казани, мы часто видимся.\r\n"
            + "Интервьюер: А работа?\r\n"
            + "Анна: Работаю учителем 🍎 уже десять лет.\r\n";

    private static final String FAMILY = "Моя семья 👨‍👩‍👧 живёт в Казани";
    private static final String OFTEN = "часто видимся";
    private static final String TEACHER = "учителем 🍎";
    private static final String TEN = "десять";

    private static List<Coding> codings(String text, String... quotes) {
        List<Coding> out = new ArrayList<>();
        for (int i = 0; i < quotes.length; i++) {
            int at = text.indexOf(quotes[i]);
            assertThat(at).as(quotes[i]).isNotNegative();
            out.add(new Coding(i + 1, "g" + i, 1, 1, "anna", at, at + quotes[i].length(), Instant.EPOCH, null));
        }
        return out;
    }

    private static List<Placed> remap(String neu) {
        List<Placed> placed = CodingRemap.of(OLD, neu, codings(OLD, FAMILY, OFTEN, TEACHER, TEN), Map.of());
        for (Placed p : placed) {
            if (p.to() != null) {
                assertThat(p.to().problemIn(neu)).as("a valid span").isNull();
            }
        }
        return placed;
    }

    private static String text(Placed p, String neu) {
        return p.to() == null ? null : p.to().of(neu);
    }

    @Test
    void insertionBeforeAndAfterEveryCodingKeepsThemAll() {
        String neu = "[Запись 1, 12.03.2024]\r\n" + OLD + "Интервьюер: Спасибо! 🙏\r\n";
        List<Placed> placed = remap(neu);
        assertThat(placed).extracting(Placed::outcome).containsOnly(Outcome.KEPT);
        assertThat(placed).extracting(p -> text(p, neu)).containsExactly(FAMILY, OFTEN, TEACHER, TEN);
    }

    @Test
    void insertionInsideACodingKeepsItsBoundariesAroundTheNewWords() {
        String neu = OLD.replace("живёт в Казани", "живёт сейчас в Казани");
        List<Placed> placed = remap(neu);
        assertThat(placed.get(0).outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(text(placed.get(0), neu)).isEqualTo("Моя семья 👨‍👩‍👧 живёт сейчас в Казани");
        assertThat(placed.subList(1, 4)).extracting(Placed::outcome).containsOnly(Outcome.KEPT);
    }

    @Test
    void insertionExactlyAtACodingsStartOrEndStaysOutsideIt() {
        String neu = OLD.replace("мы часто видимся.", "мы очень часто видимся все вместе.");
        List<Placed> placed = remap(neu);
        assertThat(placed.get(1).outcome()).isEqualTo(Outcome.KEPT);
        assertThat(text(placed.get(1), neu)).isEqualTo(OFTEN);
        String atStart = OLD.replace("мы часто", "мы ну часто");
        assertThat(text(remap(atStart).get(1), atStart)).isEqualTo(OFTEN);
        String atEnd = OLD.replace("видимся.", "видимся, да.");
        assertThat(remap(atEnd).get(1).outcome()).isEqualTo(Outcome.KEPT);
    }

    @Test
    void deletionInsideACodingShrinksIt() {
        String neu = OLD.replace("👨‍👩‍👧 ", "");
        List<Placed> placed = remap(neu);
        assertThat(placed.get(0).outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(text(placed.get(0), neu)).isEqualTo("Моя семья живёт в Казани");
    }

    @Test
    void deletionAcrossTwoCodingsKeepsWhatIsLeftOfEach() {
        String neu = OLD.replace("Казани, мы часто ", "");
        List<Placed> placed = remap(neu);
        assertThat(text(placed.get(0), neu)).isEqualTo("Моя семья 👨‍👩‍👧 живёт в");
        assertThat(text(placed.get(1), neu)).isEqualTo("видимся");
        assertThat(placed.subList(0, 2)).extracting(Placed::outcome).containsOnly(Outcome.ADJUSTED);
    }

    @Test
    void deletingACodingsWholeTextOrphansItAndNothingElse() {
        String neu = OLD.replace("уже десять лет", "уже лет");
        List<Placed> placed = remap(neu);
        assertThat(placed.get(3).outcome()).isEqualTo(Outcome.ORPHANED);
        assertThat(placed.get(3).to()).isNull();
        assertThat(placed.subList(0, 3)).extracting(Placed::outcome).containsOnly(Outcome.KEPT);
    }

    @Test
    void aChangedEmojiIsReplacedWholeNeverHalfAPair() {
        String neu = OLD.replace("🍎", "🍏");
        List<Placed> placed = remap(neu);
        assertThat(placed.get(2).outcome()).isEqualTo(Outcome.ADJUSTED);
        assertThat(text(placed.get(2), neu)).isEqualTo("учителем 🍏");
    }

    @Test
    void aCorrectedTypoInsideAWordKeepsTheLettersAround() {
        String neu = OLD.replace("видимся", "видемся");
        List<Placed> placed = remap(neu);
        assertThat(text(placed.get(1), neu)).isEqualTo("часто видемся");
    }

    @Test
    void lineEndsChangedFromCrlfToLfKeepEveryCoding() {
        String neu = OLD.replace("\r\n", "\n");
        assertThat(remap(neu)).extracting(Placed::outcome).containsOnly(Outcome.KEPT);
    }

    @Test
    void aDeletionBesideARepeatedWordSlidesOffTheCoding() {
        String old = "да да да, конечно";
        List<Coding> c = codings(old, "да, конечно");
        String neu = "да да, конечно"; // one "да " fewer: the diff could take it from inside the coding
        List<Placed> placed = CodingRemap.of(old, neu, c, Map.of());
        assertThat(placed.get(0).outcome()).isEqualTo(Outcome.KEPT);
        assertThat(text(placed.get(0), neu)).isEqualTo("да, конечно");
    }

    @Test
    void aReplacedTextReportsEveryPieceOnceAndEqualPiecesAreEqualText() {
        String neu =
                OLD.replace("Казани", "Москве").replace("Работаю", "Я работаю").replace("\r\n", "\n");
        TextDiff d = TextDiff.of(OLD, neu);
        int oldAt = 0;
        int newAt = 0;
        for (TextDiff.Piece p : d.pieces()) {
            assertThat(p.oldStart()).isEqualTo(oldAt);
            assertThat(p.newStart()).isEqualTo(newAt);
            if (p.equal()) {
                assertThat(neu.substring(p.newStart(), p.newEnd())).isEqualTo(OLD.substring(p.oldStart(), p.oldEnd()));
            }
            oldAt = p.oldEnd();
            newAt = p.newEnd();
        }
        assertThat(oldAt).isEqualTo(OLD.length());
        assertThat(newAt).isEqualTo(neu.length());
    }

    /** Words, punctuation, emoji and CRLF line ends, with repeats, as interview speech has them. */
    private static final String[] VOCABULARY = {
        "мы",
        "да",
        "ну",
        "в",
        "и",
        "семья",
        "работа",
        "Казани",
        "👍",
        "🙂",
        "👨‍👩‍👧",
        ",",
        ".",
        "\r\n",
        "Анна:",
        "это",
        "ёж",
        "ИИ",
        "—",
        "«так»"
    };

    private static List<String> tokens(Random r, int n) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(VOCABULARY[r.nextInt(VOCABULARY.length)] + (r.nextInt(6) == 0 ? "" : " "));
        }
        return t;
    }

    /**
     * The property: codings on whole words (as researchers code), edits that insert or delete whole
     * words anywhere outside every coding (one to three per round, some beside a coding, some
     * repeating the words around it), and every coding keeps exactly its text.
     */
    @Test
    void editsOutsideEveryCodingLeaveEachCodingsTextAsItWas() {
        Random r = new Random(20_260_321L);
        int rounds = 0;
        for (int round = 0; round < 3_000; round++) {
            List<String> old = tokens(r, 10 + r.nextInt(60));
            // codings as token ranges [from, to)
            List<int[]> ranges = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                int from = r.nextInt(old.size());
                ranges.add(new int[] {from, Math.min(old.size(), from + 1 + r.nextInt(6))});
            }
            List<String> neu = new ArrayList<>(old);
            // edits from the back, so the token indices in front stay valid
            List<Integer> at = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                at.add(r.nextInt(old.size() + 1));
            }
            at.sort(java.util.Comparator.reverseOrder());
            int previous = old.size() + 1;
            for (int k : at) {
                if (k >= previous) {
                    continue;
                }
                final int before = previous;
                previous = k;
                if (ranges.stream().anyMatch(g -> g[0] < k && k < g[1])) {
                    continue; // inside a coding
                }
                int tried = r.nextBoolean() ? k : Math.min(Math.min(old.size(), before), k + 1 + r.nextInt(4));
                // delete tokens only when none is coded
                int end = ranges.stream().anyMatch(g -> g[0] < tried && k < g[1]) ? k : tried;
                List<String> inserted = end > k && r.nextBoolean() ? List.of() : insertion(r, old, k);
                neu.subList(k, end).clear();
                neu.addAll(k, inserted);
            }
            String oldText = String.join("", old);
            String newText = String.join("", neu);
            if (oldText.equals(newText)) {
                continue;
            }
            List<Coding> codings = new ArrayList<>();
            for (int[] g : ranges) {
                int a = String.join("", old.subList(0, g[0])).length();
                String coded = String.join("", old.subList(g[0], g[1])).stripTrailing();
                if (!coded.isBlank()) {
                    codings.add(
                            new Coding(codings.size() + 1, "g", 1, 1, "c", a, a + coded.length(), Instant.EPOCH, null));
                }
            }
            rounds++;
            for (Placed placed : CodingRemap.of(oldText, newText, codings, Map.of())) {
                String before = placed.coding().span().of(oldText);
                assertThat(placed.to())
                        .as("round %d: [%s] -> [%s], coding [%s]", round, oldText, newText, before)
                        .isNotNull();
                assertThat(placed.to().of(newText))
                        .as("round %d: [%s] -> [%s]", round, oldText, newText)
                        .isEqualTo(before);
            }
        }
        assertThat(rounds).isGreaterThan(2_500);
    }

    /**
     * New words, or (one time in three) a copy of the words just before the place: repeats make
     * diffs ambiguous. Each ends in a space, as a word typed between two others does (a word glued
     * to a coded one changes that word).
     */
    private static List<String> insertion(Random r, List<String> old, int k) {
        List<String> words = k > 0 && r.nextInt(3) == 0
                ? old.subList(Math.max(0, k - 1 - r.nextInt(2)), k)
                : tokens(r, 1 + r.nextInt(3));
        return words.stream().map(w -> w.endsWith(" ") ? w : w + " ").toList();
    }

    @Test
    void theSpanOfAnUntouchedCodingMovesByTheLengthInsertedBeforeIt() {
        String neu = "Дата: 2024\r\n" + OLD;
        Span moved = remap(neu).get(0).to();
        assertThat(moved.start()).isEqualTo(OLD.indexOf(FAMILY) + "Дата: 2024\r\n".length());
    }
}
