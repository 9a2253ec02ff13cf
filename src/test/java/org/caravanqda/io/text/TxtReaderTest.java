package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TxtReaderTest {
    static final String SHORT_RU = "Привет, мир";
    static final String LONG_RU = "Сайт создан, чтобы собрать всю информацию о жизни в Самарканде в одном месте.\n"
            + "Проект некоммерческий, составляется на основе собственного опыта, вклада неравнодушных контрибюторов,\n"
            + "а так-же сообщений участников. Бензин и сигареты примерно в два раза дешевле, чем в России.";

    @TempDir
    Path dir;

    final TxtReader reader = new TxtReader();

    private ParsedDocument read(byte[] bytes) throws IOException {
        Path f = dir.resolve("t.txt");
        Files.write(f, bytes);
        return Units.wellFormed(reader.read(f));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void decodesUtf8WithAndWithoutBomAndUtf16WithBom() throws IOException {
        String s = "Ещё раз: Қазақстан, oʻzbek, 😀";
        assertThat(read(s.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(s);
        assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, s.getBytes(StandardCharsets.UTF_8)))
                        .text())
                .isEqualTo(s);
        assertThat(read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE)))
                        .text())
                .isEqualTo(s);
        assertThat(read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE)))
                        .text())
                .isEqualTo(s);
    }

    @Test
    void aRealReplacementCharacterIsUtf8AndMalformedUtf8IsNot() throws IOException {
        // U+FFFD is what a lenient UTF-8 decoder puts for malformed bytes: its presence alone decides nothing
        String withMark = "Расшифровка: здесь слово не разобрано \uFFFD, дальше текст.";
        assertThat(read(withMark.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(withMark);
        // windows-1251 words after UTF-8 ones: not valid UTF-8, and no legacy encoding reads the whole: refused, never
        // taken as UTF-8 with replacement marks
        byte[] mixed = concat(
                "Начало по-русски, ".getBytes(StandardCharsets.UTF_8),
                "и конец".getBytes(Charset.forName("windows-1251")));
        assertThatThrownBy(() -> read(mixed))
                .isInstanceOf(CaravanException.class)
                .hasMessage("t.txt is not a text file in a supported encoding (" + TxtReader.ENCODINGS + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void tellsLegacyCyrillicEncodingsApartOnShortAndLongText(String charset) throws IOException {
        Charset cs = Charset.forName(charset);
        for (String s : new String[] {
            SHORT_RU, "Да", "Я уехал в Алматы.", LONG_RU, "И: Почему вы уехали?\r\nР: Из-за мобилизации."
        }) {
            assertThat(read(s.getBytes(cs)).text()).as("%s in %s", s, charset).isEqualTo(s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R"})
    void tellsLegacyEncodingsApartOnRealGuideText(String charset) throws IOException {
        Path md = Units.shared("corpus/ru-relocation/reactor-relocation/qazaqstan.md");
        Charset cs = Charset.forName(charset);
        String all = Files.readString(md);
        StringBuilder encodable = new StringBuilder();
        all.codePoints()
                .filter(c -> cs.newEncoder().canEncode(Character.toString(c)))
                .forEach(encodable::appendCodePoint);
        String text = encodable.toString().strip();
        assertThat(read(text.getBytes(cs)).text()).isEqualTo(text);
        for (String line : text.split("\n")) {
            if (line.strip().length() > 12) {
                String l = line.strip();
                assertThat(read(l.getBytes(cs)).text()).as(l).isEqualTo(l);
            }
        }
    }

    @Test
    void acceptsTheDosEndOfFileMarkAndVerticalTabsOfOldFiles() throws IOException {
        byte[] dos = concat("Старый файл\u000Bиз DOS.".getBytes(Charset.forName("windows-1251")), new byte[] {0x1A});
        assertThat(read(dos).text()).isEqualTo("Старый файл\u000Bиз DOS.");
    }

    @Test
    void refusesBinaryJunkNulBytesAndUndecodableBytes() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        byte[] highJunk = new byte[512];
        Random r = new Random(11);
        for (int i = 0; i < highJunk.length; i++) {
            highJunk[i] = (byte) (0xC0 + r.nextInt(64)); // only Cyrillic letters in both legacy tables
        }
        byte[] nul = "hello\0world".getBytes(StandardCharsets.US_ASCII);
        byte[] latin1 = "Déjà vu, café crème, naïve façade".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16NoBom = "Привет, мир".getBytes(StandardCharsets.UTF_16LE);
        for (byte[] bad : new byte[][] {junk, highJunk, nul, utf16NoBom}) {
            assertThatThrownBy(() -> read(bad))
                    .isInstanceOf(CaravanException.class)
                    .hasMessage("t.txt is not a text file in a supported encoding (" + TxtReader.ENCODINGS + ")");
        }
        // ISO-8859-1 / windows-1252 is a supported encoding now (issue #17)
        assertThat(read(latin1).text()).isEqualTo("Déjà vu, café crème, naïve façade");
    }

    @Test
    void refusesFilesOverTheLimitByTheirSizeAlone() throws IOException {
        Path big = dir.resolve("big.md");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Files2.MAX_BYTES + 1); // sparse zeros: read, they would be refused as binary instead
        }
        assertThatThrownBy(() -> new MarkdownReader().read(big))
                .isInstanceOf(CaravanException.class)
                .hasMessage("big.md is 200.1 MB; the limit is 200 MB per document (split it into several files)");
        assertThat(Files2.megabytes(500L << 20)).isEqualTo("500 MB");
        assertThat(Files2.megabytes(1)).isEqualTo("0.1 MB");
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFilesAndMissingFiles() {
        assertThatThrownBy(() -> read(new byte[0]))
                .isInstanceOf(CaravanException.class)
                .hasMessage("t.txt contains no text");
        assertThatThrownBy(() -> read(" \r\n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CaravanException.class)
                .hasMessage("t.txt contains no text");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt")))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("missing.txt does not exist");
    }

    @Test
    void keepsCrlfAndNormalizesToNfcBeforeUnits() throws IOException {
        String decomposed = "Заголовок\r\n\r\nИ: Как вас зовут?\r\n\r\nР: Меня зовут Андреи\u0306.\r\nЯ из Москвы.\r\n";
        ParsedDocument doc = read(decomposed.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text()).contains("\r\n").contains("Андрей.").doesNotContain("\u0306");
        assertThat(doc.units()).hasSize(3);
        assertThat(Units.unitText(doc, doc.units().get(2))).isEqualTo("Р: Меня зовут Андрей.\r\nЯ из Москвы.");
        assertThat(doc.units().get(2).speaker()).isEqualTo("Р");
    }
}
