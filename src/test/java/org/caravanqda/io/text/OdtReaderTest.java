package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OdtReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String OPEN = "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>"
            + "<text:sequence-decls><text:sequence-decl text:name=\"Figure\"/></text:sequence-decls>";
    private static final String CLOSE = "</office:text></office:body></office:document-content>";

    @TempDir
    Path dir;

    final OdtReader reader = new OdtReader();

    private Path odt(String name, String contentXml) throws IOException {
        Path f = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            ZipEntry mime = new ZipEntry("mimetype");
            zip.putNextEntry(mime);
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return f;
    }

    @Test
    void readsParagraphsHeadingsSpacesTabsBreaksSpansAndTables() throws IOException {
        String body = "<text:h text:outline-level=\"1\">Интервью 3</text:h>"
                + "<text:p>И:<text:s/>Где вы <text:span>жи</text:span>вёте?</text:p>"
                + "<text:p>Р:<text:tab/>В Бишкеке.<text:line-break/>Уже год.<office:annotation><text:p>комментарий</text:p></office:annotation></text:p>"
                + "<text:p>Продолжение<text:s text:c=\"3\"/>ответа.<text:note><text:note-body><text:p>сноска</text:p></text:note-body></text:note></text:p>"
                + "<table:table><table:table-row><table:table-cell><text:p>И: Почему?</text:p></table:table-cell>"
                + "<table:table-cell><text:p>Р: Так   вышло.</text:p></table:table-cell></table:table-row></table:table>";
        ParsedDocument doc = Units.wellFormed(reader.read(odt("ru.odt", HEAD + OPEN + body + CLOSE)));
        assertThat(doc.text())
                .isEqualTo("Интервью 3\n\nИ: Где вы живёте?\n\nР: В Бишкеке.\nУже год.\n\n"
                        + "Продолжение ответа.\n\nИ: Почему?\n\nР: Так вышло.");
        assertThat(doc.units()).extracting(u -> u.speaker()).containsExactly(null, "И", "Р", "И", "Р");
        assertThat(Units.unitText(doc, doc.units().get(2))).endsWith("Продолжение ответа.");
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String xxe = HEAD + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + OPEN + "<text:p>&xxe;</text:p>" + CLOSE;
        assertThatThrownBy(() -> reader.read(odt("xxe.odt", xxe)))
                .isInstanceOf(CaravanException.class)
                .hasMessage(
                        "xxe.odt is not a readable .odt file: its content.xml declares a DTD, which is refused for safety");
    }

    @Test
    void refusesNonZipMissingContentMalformedXmlEmptyTextAndZipBombs() throws IOException {
        Path notZip = Files.writeString(dir.resolve("plain.odt"), "just text");
        assertThatThrownBy(() -> reader.read(notZip))
                .isInstanceOf(CaravanException.class)
                .hasMessage("plain.odt is not a valid .odt file (not a zip package)");
        Path noContent = dir.resolve("nocontent.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noContent))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
        }
        assertThatThrownBy(() -> reader.read(noContent))
                .hasMessage("nocontent.odt is not a readable .odt file: it has no content.xml");
        assertThatThrownBy(() -> reader.read(odt("bad.odt", HEAD + OPEN + "<text:p>")))
                .hasMessage("bad.odt is not a readable .odt file: its content.xml is not well-formed XML");
        assertThatThrownBy(() -> reader.read(odt("empty.odt", HEAD + OPEN + "<text:p> </text:p>" + CLOSE)))
                .hasMessage("empty.odt contains no text");
        String bomb = HEAD + OPEN + "<text:p>x</text:p>" + " ".repeat(20 * 1024 * 1024) + CLOSE;
        assertThatThrownBy(() -> reader.read(odt("bomb.odt", bomb)))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("zip bomb");
    }
}
