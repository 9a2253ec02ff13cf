package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubtitleReaderTest {
    @TempDir
    Path dir;

    final SubtitleReader reader = new SubtitleReader();

    /** {@code content} written to a file of that name and read, its units checked for consistency. */
    private ParsedDocument read(String name, String content) throws IOException {
        return Units.wellFormed(reader.read(Files.writeString(dir.resolve(name), content)));
    }

    @Test
    void readsSrtCuesWithTimesSpeakersAndTags() throws IOException {
        String srt = "1\r\n00:00:01,500 --> 00:00:04,000\r\nИнтервьюер: Когда вы\r\nуехали?\r\n\r\n"
                + "2\r\n00:00:04,200 --> 00:00:06,000\r\nРеспондент: <i>В сентябре</i>\r\n\r\n"
                + "3\r\n01:02:03,004 --> 01:02:05,000\r\nРеспондент: Сразу после объявления.\r\n\r\n"
                + "4\r\n01:02:06,000 --> 01:02:07,000\r\n[музыка]\r\n";
        Path f = Files.write(dir.resolve("a.srt"), srt.getBytes(Charset.forName("windows-1251")));
        ParsedDocument doc = Units.wellFormed(reader.read(f));
        assertThat(doc.text())
                .isEqualTo("Интервьюер: Когда вы уехали?\n\nРеспондент: В сентябре\n\n"
                        + "Респондент: Сразу после объявления.\n\n[музыка]");
        assertThat(doc.units())
                .extracting(TextUnit::speaker)
                .containsExactly("Интервьюер", "Респондент", "Респондент", null);
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(1500L, 4200L, 3723004L, 3726000L);
        assertThat(doc.units().get(3).kind()).isEqualTo(UnitKind.PARAGRAPH);
    }

    @Test
    void readsVttVoicesAndSkipsHeaderAndNotes() throws IOException {
        String vtt = "WEBVTT - interview 5\n\nNOTE recorded in Tashkent\n\nSTYLE\n::cue { color: yellow }\n\n"
                + "intro\n00:01.000 --> 00:03.000 align:start\n<v Aziza>Salom, men <b>Toshkent</b>dan\nkeldim &amp; qoldim</v>\n\n"
                + "00:03.500 --> 00:05.000\n<v.loud Aziza>Ha, oʻzbekcha.</v>\n\n"
                + "00:00:06.000 --> 00:00:08.000\n<v Interviewer>Rahmat!\n";
        ParsedDocument doc = read("b.vtt", vtt);
        assertThat(doc.text()).isEqualTo("Salom, men Toshkentdan keldim & qoldim\n\nHa, oʻzbekcha.\n\nRahmat!");
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("Aziza", "Aziza", "Interviewer");
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(1000L, 3500L, 6000L);
        assertThat(doc.units()).allMatch(u -> u.kind() == UnitKind.TURN);
    }

    @Test
    void refusesFilesWithoutCues() throws IOException {
        Path f = Files.writeString(dir.resolve("c.srt"), "just some text\n");
        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith("c.srt contains no subtitle cues");
    }

    @Test
    void aCueWithABrokenTimingLineRefusesTheFileNamingTheLine() throws IOException {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nКогда вы уехали?\n\n"
                + "2\n00:00:0x,000 --> 00:00:04,000\nВ сентябре, сразу после объявления.\n\n"
                + "3\n00:00:05,000 --> 00:00:06,000\nСпасибо.\n";
        Path f = Files.writeString(dir.resolve("broken.srt"), srt);
        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(CaravanException.class)
                .hasMessage("broken.srt, line 6: '00:00:0x,000 --> 00:00:04,000' is not a cue timing that can be read;"
                        + " a cue starts with a line like '00:00:01,000 --> 00:00:03,500' followed by its text."
                        + " Correct the file and import it again");
    }

    @Test
    void aGarbledEndTimeIsABrokenTimingLineToo() throws IOException {
        Path f = Files.writeString(
                dir.resolve("end.srt"), "1\n00:00:01,000 --> 00:00:02,000\nДа.\n\n2\n00:00:03,000 --> garbage\nНет.\n");
        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith("end.srt, line 6: '00:00:03,000 --> garbage' is not a cue timing");
        Path arrow = Files.writeString(
                dir.resolve("arrow.srt"),
                "1\n00:00:01,000 --> 00:00:02,000\nДа.\n\n2\n00:00:03,500 -> 00:00:06,000\nНет.\n");
        assertThatThrownBy(() -> reader.read(arrow))
                .hasMessageStartingWith("arrow.srt, line 6: '00:00:03,500 -> 00:00:06,000' is not a cue timing");
    }

    @Test
    void cuesThatRunIntoEachOtherWithoutABlankLineStayApart() throws IOException {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nПервая реплика.\n"
                + "2\n00:00:02,500 --> 00:00:04,000\nВторая реплика.\n"
                + "00:00:04,500 --> 00:00:05,000\nТретья.\n\n"
                + "4\n";
        ParsedDocument doc = read("run.srt", srt);
        assertThat(doc.text()).isEqualTo("Первая реплика.\n\nВторая реплика.\n\nТретья.");
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(1000L, 2500L, 4500L);
    }

    /** A diarised Russian transcript as Whisper-based tools write it (SPEAKER_00: ...), with VTT's YouTube header. */
    @Test
    void youtubeStyleVttHeaderAndDiarisedSpeakersAreRead() throws IOException {
        String vtt = "\uFEFFWEBVTT\nKind: captions\nLanguage: ru\n\n"
                + "00:00:00.000 --> 00:00:01.000 align:start position:0%\nSPEAKER_00: О чём идёт речь?\n\n"
                + "00:00:01.000 --> 00:00:03.840\nSPEAKER_01: Вот представим океан, покрытый льдом.\n";
        ParsedDocument doc = read("yt.vtt", vtt);
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("SPEAKER_00", "SPEAKER_01");
        assertThat(doc.text()).startsWith("SPEAKER_00: О чём идёт речь?");
    }

    /**
     * YouTube's automatic captions as yt-dlp saves them: a header after a blank line, cues opened by a line of one
     * space, word times inline, and every phrase repeated by the next two cues.
     */
    @Test
    void youtubesRollingCaptionsGiveEachPhraseOnce() throws IOException {
        String vtt = "WEBVTT\n\nKind: captions\nLanguage: ru\n\n"
                + "00:00:00.000 --> 00:00:04.670 align:start position:0%\n \n"
                + "мы<00:00:00.870><c> уехали</c><00:00:01.709><c> в</c><00:00:01.920><c> сентябре</c>\n\n"
                + "00:00:04.670 --> 00:00:04.680 align:start position:0%\nмы уехали в сентябре\n \n\n"
                + "00:00:04.680 --> 00:00:07.579 align:start position:0%\nмы уехали в сентябре\n"
                + "сначала<00:00:04.830><c> в</c><00:00:05.430><c> Алматы</c>\n\n"
                + "00:00:07.579 --> 00:00:07.589 align:start position:0%\nсначала в Алматы\n \n";
        ParsedDocument doc = read("yt.ru.vtt", vtt);
        assertThat(doc.text()).isEqualTo("мы уехали в сентябре\n\nсначала в Алматы");
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(0L, 4680L);
    }

    /** Without inline word times, a cue that repeats the one before is the speaker repeating themselves. */
    @Test
    void repeatedCuesOfOrdinarySubtitlesAreKept() throws IOException {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nДа.\n\n2\n00:00:02,000 --> 00:00:03,000\nДа.\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\nДа!\n";
        ParsedDocument doc = read("yes.srt", srt);
        assertThat(doc.text()).isEqualTo("Да.\n\nДа.\n\nДа!");
    }

    @Test
    void textWithoutATimingLineIsNamedAsSuchWithTheVttExample() throws IOException {
        Path f = Files.writeString(
                dir.resolve("gap.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nДа.\n\nА потом мы уехали.\n");
        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(CaravanException.class)
                .hasMessage("gap.vtt, line 6: 'А потом мы уехали.' belongs to no cue (is its timing line missing?);"
                        + " a cue starts with a line like '00:00:01.000 --> 00:00:03.500' followed by its text."
                        + " Correct the file and import it again");
    }

    /** tvsubtitles.net ends its files with a watermark cue timed "00:00:0,500": players show it, so it is read. */
    @Test
    void oneDigitSecondsAndAColonBeforeTheMillisecondsAreRead() throws IOException {
        String srt = "1\n00:00:03:500 --> 00:00:06:000\nПривет.\n\n9999\n00:00:0,500 --> 00:00:2,00\n"
                + "<font color=\"#ffff00\" size=14>www.tvsubtitles.net</font>\n";
        ParsedDocument doc = read("tv.srt", srt);
        assertThat(doc.text()).isEqualTo("Привет.\n\nwww.tvsubtitles.net");
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(3500L, 500L);
    }

    /** In rolling captions a phrase said twice comes back after a cue's first line, and is kept. */
    @Test
    void aPhraseSaidTwiceInRollingCaptionsIsKeptTwice() throws IOException {
        String vtt = "WEBVTT\n\n"
                + "00:00:00.000 --> 00:00:02.000 align:start position:0%\n \nнет<00:00:00.500><c> нет</c>\n\n"
                + "00:00:02.000 --> 00:00:02.010 align:start position:0%\nнет нет\n \n\n"
                + "00:00:02.010 --> 00:00:04.000 align:start position:0%\nнет нет\nнет<00:00:02.500><c> нет</c>\n\n"
                + "00:00:04.000 --> 00:00:04.010 align:start position:0%\nнет нет\n \n\n"
                + "00:00:04.010 --> 00:00:06.000 align:start position:0%\n \nда\n";
        ParsedDocument doc = read("twice.vtt", vtt);
        assertThat(doc.text()).isEqualTo("нет нет\n\nнет нет\n\nда");
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(0L, 2010L, 4010L);
    }
}
