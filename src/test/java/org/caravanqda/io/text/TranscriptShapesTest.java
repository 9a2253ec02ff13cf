package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.SharedData;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcripts as researchers have them: one utterance per line, timestamps, labels that are no speakers, legacy encodings. */
class TranscriptShapesTest {
    @TempDir
    Path tmp;

    private final TxtReader reader = new TxtReader();

    /** Real Russian sentences (UD Taiga "# text" lines), one per line with no blank lines, as a subtitle export has them. */
    private static List<String> taigaLines(int n) throws Exception {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(SharedData.file("corpus/ud/ru_taiga-ud-test.conllu"))) {
            if (l.startsWith("# text")) {
                String s = l.substring(l.indexOf('=') + 1).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                if (out.size() == n) {
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void oneUtterancePerLineGivesOneUnitPerLine() throws Exception {
        List<String> lines = taigaLines(727);
        ParsedDocument d = Units.wellFormed(reader.parse(String.join("\n", lines) + "\n"));
        assertThat(d.units()).hasSize(lines.size());
        assertThat(d.units().get(10).span().of(d.text())).isEqualTo(lines.get(10));
        assertThat(d.units()).allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.PARAGRAPH));
    }

    @Test
    void blankLineParagraphsAndHardWrappedProseKeepTheirParagraphs() throws Exception {
        Path gum = SharedData.file("corpus/en-transcripts/gum/GUM_interview_dungeon.txt");
        ParsedDocument d = reader.read(gum);
        long turns = d.units().stream().filter(u -> u.kind() == UnitKind.TURN).count();
        assertThat(turns).isGreaterThan(20);
        String wrapped = "This is a paragraph of prose that was hard-wrapped at a fixed width of\n"
                + "about seventy characters, as old e-mail and text editors used to do it,\n"
                + "so every line is about as long as the longest one, and the lines do not\n"
                + "end sentences; it must stay one paragraph, not become a unit per line as\n"
                + "a transcript with one utterance per line does. It ends here.";
        assertThat(reader.parse(wrapped).units()).hasSize(1);
    }

    @Test
    void leadingTimestampsBecomeStartTimesAndAreNoSpeakers() {
        String text = "[00:01:23] Ну вот мы и приехали.\n"
                + "00:01:30 Interviewer: А когда?\n"
                + "(01:41) В сентябре, сразу после мобилизации.\n"
                + "[00:02:05] Потом нашли квартиру.\n"
                + "00:02:10 Interviewer: Дорого?\n"
                + "(02:30) Очень.\n";
        ParsedDocument d = Units.wellFormed(reader.parse(text));
        assertThat(d.units().get(0).startMs()).isEqualTo(83_000L);
        assertThat(d.units().stream()
                        .map(TextUnit::speaker)
                        .filter(s -> s != null)
                        .distinct())
                .containsExactly("Interviewer");
        assertThat(d.units().stream().map(TextUnit::startMs).toList()).contains(90_000L, 101_000L);
    }

    @Test
    void labelsThatRecurRarelyInALongTextAreNoSpeakers() throws Exception {
        List<String> lines = new ArrayList<>(taigaLines(100));
        lines.set(20, "Говорю: не надо никуда ехать.");
        lines.set(60, "Говорю: ну как хочешь.");
        lines.set(40, "Covid: всё закрыли на месяц.");
        lines.set(80, "Covid: и снова закрыли.");
        lines.set(0, "Abstract: о переезде.");
        lines.set(1, "ORCiD ID: 0000-0001-2345-6789");
        lines.set(2, "Level 1: введение");
        ParsedDocument d = Units.wellFormed(reader.parse(String.join("\n", lines)));
        assertThat(d.units()).allSatisfy(u -> assertThat(u.speaker()).isNull());
    }

    @Test
    void theResearcherCanNameTheSpeakersOrHaveNone() throws Exception {
        Path f = tmp.resolve("msm.txt");
        Files.writeString(
                f,
                "Date: 12 May 1989\n\nMSM: Where were you born, and where did your family live then?\n\n"
                        + "Smith: In Leeds, in a small house near the mill where my father worked.\n\n"
                        + "Note: the tape ends here and the second side begins.\n\n"
                        + "MSM: And then, after the war, where did you go and why did you leave?\n\n"
                        + "Smith: Then London, because there was work on the docks for my brother.\n",
                StandardCharsets.UTF_8);
        ParsedDocument only = reader.read(f, new ReadOptions(null, List.of("MSM")));
        assertThat(only.units().stream()
                        .map(TextUnit::speaker)
                        .filter(s -> s != null)
                        .distinct())
                .containsExactly("MSM");
        ParsedDocument none = reader.read(f, new ReadOptions(null, List.of()));
        assertThat(none.units()).allSatisfy(u -> assertThat(u.speaker()).isNull());
        ParsedDocument detected = reader.read(f);
        assertThat(detected.units().stream()
                        .map(TextUnit::speaker)
                        .filter(s -> s != null)
                        .distinct())
                .containsExactlyInAnyOrder("MSM", "Smith");
    }

    @Test
    void windows1252AndIso8859AreDetectedAndEncodingOverrides() throws Exception {
        Path gum = SharedData.file("corpus/en-transcripts/gum/GUM_interview_cocktail.txt");
        String original = java.text.Normalizer.normalize(Files.readString(gum), java.text.Normalizer.Form.NFC);
        Path cp1252 = tmp.resolve("cocktail-1252.txt");
        Files.write(cp1252, original.getBytes(Charset.forName("windows-1252")));
        String back = reader.read(cp1252).text();
        // characters windows-1252 cannot hold became '?' when writing; everything else comes back
        assertThat(back)
                .isEqualTo(new String(
                        original.getBytes(Charset.forName("windows-1252")), Charset.forName("windows-1252")));
        assertThat(back).contains("’");

        Path latin2 = tmp.resolve("polish.txt");
        String polish =
                "Wywiad: Mieszkaliśmy w Łodzi, potem przeprowadziliśmy się do Gdańska. Żona pracowała w szkole.\n";
        Files.write(latin2, polish.repeat(5).getBytes(Charset.forName("ISO-8859-2")));
        assertThat(reader.read(latin2, new ReadOptions(Charset.forName("ISO-8859-2"), null))
                        .text())
                .startsWith("Wywiad: Mieszkaliśmy w Łodzi");

        Path utf16 = tmp.resolve("not-utf8.txt");
        Files.write(utf16, new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        assertThatThrownBy(() -> reader.read(utf16, new ReadOptions(StandardCharsets.UTF_8, null)))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("not valid UTF-8");
    }
}
