package org.caravanqda.io.refi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives from other machines are refused with one clear message: XXE, entity bombs, zip slip, zip bombs, damage. */
class HostileArchivesTest {
    static final String PROJECT =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">"
                    + "<Sources><TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"a\""
                    + " plainTextPath=\"internal://a.txt\"/></Sources></Project>";

    @TempDir
    Path tmp;

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void refused(Path file, String why) {
        refused(new RefiQdpxFormat(), file, why);
    }

    private static void refused(RefiQdpxFormat format, Path file, String why) {
        assertThatThrownBy(() -> format.read(file))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining(why)
                .hasMessageContaining("nothing was imported")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                        .doesNotContain("\n"));
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file://" + tmp.resolve("secret.txt")
                + "\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        refused(zip(tmp.resolve("xxe.qdpx"), Map.of("project.qde", utf8(xxe))), "DTD");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY ")
                    .append((char) ('a' + i))
                    .append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10))
                    .append("\">");
        }
        b.append("]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&j;\"/>");
        refused(zip(tmp.resolve("laughs.qdpx"), Map.of("project.qde", utf8(b.toString()))), "DTD");
    }

    @Test
    void zipSlipNamesAreRefused() throws Exception {
        refused(
                zip(
                        tmp.resolve("slip.qdpx"),
                        Map.of("project.qde", utf8(PROJECT), "sources/../../evil.txt", utf8("x"))),
                "zip slip");
        refused(
                zip(tmp.resolve("abs.qdpx"), Map.of("project.qde", utf8(PROJECT), "/etc/passwd", utf8("x"))),
                "zip slip");
    }

    @Test
    void highlyCompressedEntriesAreRefused() throws Exception {
        byte[] zeros = new byte[20 << 20]; // 20 MiB of zeros deflate about 1000 times
        refused(
                zip(tmp.resolve("ratio.qdpx"), Map.of("project.qde", utf8(PROJECT), "sources/a.txt", zeros)),
                "inflates more than");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path file = tmp.resolve("many.qdpx");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= 10_000; i++) {
                zip.putNextEntry(new ZipEntry("sources/" + i + ".txt"));
                zip.closeEntry();
            }
        }
        refused(file, "more than 10000 entries");
    }

    @Test
    void archivesUnpackingPastTheTotalLimitAreRefused() throws Exception {
        RefiQdpxFormat small = new RefiQdpxFormat(new QdpxArchive.Limits(100, 50_000, 200));
        byte[] text = utf8("Обычный текст интервью, который сжимается умеренно. ".repeat(2000));
        Path one = zip(tmp.resolve("big.qdpx"), Map.of("project.qde", utf8(PROJECT), "sources/a.txt", text));
        refused(small, one, "entry 'sources/a.txt' would unpack to more than 50000 bytes");
        // each entry below the limit, together above it: counted while reading, not taken from the archive's claims
        byte[] part = utf8("Обычный текст интервью. ".repeat(700));
        String project = PROJECT.replace(
                "</Sources>",
                "<TextSource guid=\"11111111-2222-3333-4444-555555555556\" name=\"b\""
                        + " plainTextPath=\"internal://b.txt\"/></Sources>");
        Path two = zip(
                tmp.resolve("big2.qdpx"),
                Map.of("project.qde", utf8(project), "sources/a.txt", part, "sources/b.txt", part));
        refused(small, two, "it unpacks to more than 50000 bytes");
    }

    @Test
    void damagedArchivesAreRefused() throws Exception {
        Path good = zip(tmp.resolve("good.qdpx"), Map.of("project.qde", utf8(PROJECT), "sources/a.txt", utf8("text")));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(tmp.resolve("truncated.qdpx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(truncated, "not a valid .qdpx");
        Path garbage = Files.writeString(tmp.resolve("garbage.qdpx"), "this is not a zip file at all");
        refused(garbage, "not a valid .qdpx");
        Path badXml = zip(tmp.resolve("badxml.qdpx"), Map.of("project.qde", utf8("<Project name=\"x\"><Sources>")));
        refused(badXml, "not well-formed");
        Path noQde = zip(tmp.resolve("noqde.qdpx"), Map.of("sources/a.txt", utf8("text")));
        refused(noQde, "expected one .qde");
    }
}
