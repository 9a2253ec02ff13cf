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
        ParsedDocument doc = Units.wellFormed(reader.read(Files.writeString(dir.resolve("b.vtt"), vtt)));
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
}
