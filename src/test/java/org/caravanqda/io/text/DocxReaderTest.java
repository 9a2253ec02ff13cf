package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxReaderTest {
    @TempDir
    Path dir;

    final DocxReader reader = new DocxReader();

    @Test
    void readsYasmineTranscriptWithoutTheCoverBlockAsTurns() {
        ParsedDocument doc =
                Units.wellFormed(reader.read(Units.shared("corpus/docx/Yasmine_Interview_Transcript.docx")));
        assertThat(Units.speakers(doc)).containsExactly("Hassan", "Abd Rabou");
        assertThat(Units.turns(doc, "Hassan")).hasSize(8);
        assertThat(Units.turns(doc, "Abd Rabou")).hasSize(7);
        assertThat(Units.words(doc.text())).isBetween(1200L, 1260L);
        assertThat(doc.text())
                .doesNotContain("  ")
                .contains("Interviewer: Yasmine Hassan\n\nNarrator: Ahmad Abd Rabou");
        assertThat(doc.metadata()).containsEntry("Date", "16/10/2014").containsEntry("Interviewer", "Yasmine Hassan");
        String first = Units.unitText(
                doc,
                doc.units().stream()
                        .filter(u -> u.kind() == UnitKind.TURN)
                        .findFirst()
                        .orElseThrow());
        assertThat(first)
                .startsWith("Hassan: Could you please tell me your name")
                .contains("ref,\numm, residence?");
    }

    @Test
    void readsPresidentialDebateWithCapitalisedLabels() {
        ParsedDocument doc = Units.wellFormed(reader.read(Units.shared("corpus/docx/pres.deb1.docx")));
        assertThat(Units.speakers(doc)).containsExactlyInAnyOrder("LEHRER", "ROMNEY", "OBAMA");
        assertThat(Units.turns(doc, "LEHRER")).hasSize(46);
        assertThat(Units.turns(doc, "ROMNEY")).hasSize(36);
        assertThat(Units.turns(doc, "OBAMA")).hasSize(27);
        assertThat(Units.words(doc.text())).isBetween(8000L, 9200L);
        String withCrosstalk = Units.unitText(doc, Units.turns(doc, "LEHRER").get(1));
        assertThat(withCrosstalk).isEqualTo("LEHRER: And what about the vouchers?\n\n(CROSSTALK)");
    }

    @Test
    void joinsCyrillicWordsSplitAcrossRunsAndKeepsLineBreaksAndTables() throws IOException {
        Path f = dir.resolve("ru.docx");
        try (XWPFDocument d = new XWPFDocument();
                OutputStream out = Files.newOutputStream(f)) {
            d.createParagraph().createRun().setText("Интервью № 7, Алматы");
            XWPFParagraph p = d.createParagraph();
            for (String part : List.of("И: Почему вы уе", "хали", " в Казах", "стан?")) {
                p.createRun().setText(part);
            }
            XWPFParagraph r = d.createParagraph();
            r.createRun().setText("Р:      Из-за моби");
            r.createRun().setText("лизации.");
            r.getRuns().get(1).addBreak(BreakType.TEXT_WRAPPING);
            r.createRun().setText("Ещё вопрос?");
            XWPFTable t = d.createTable(1, 2);
            t.getRow(0).getCell(0).setText("И: Где вы живёте?");
            t.getRow(0).getCell(1).setText("Р: В Алматы.");
            d.write(out);
        }
        ParsedDocument doc = Units.wellFormed(reader.read(f));
        assertThat(doc.text())
                .isEqualTo("Интервью № 7, Алматы\n\nИ: Почему вы уехали в Казахстан?\n\n"
                        + "Р: Из-за мобилизации.\nЕщё вопрос?\n\nИ: Где вы живёте?\n\nР: В Алматы.");
        assertThat(doc.units()).extracting(u -> u.speaker()).containsExactly(null, "И", "Р", "И", "Р");
    }

    @Test
    void refusesNonZipCorruptAndOldWordFiles() throws IOException {
        Path text = dir.resolve("fake.docx");
        Files.writeString(text, "not a word file");
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
        Path truncated = dir.resolve("cut.docx");
        byte[] real = docxBytes("Привет");
        Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 2));
        Path ole = Files.write(dir.resolve("old.docx"), new byte[] {
            (byte) 0xD0,
            (byte) 0xCF,
            0x11,
            (byte) 0xE0,
            (byte) 0xA1,
            (byte) 0xB1,
            0x1A,
            (byte) 0xE1,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        });
        for (Path bad : List.of(text, empty, truncated, ole)) {
            assertThatThrownBy(() -> reader.read(bad))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageStartingWith(bad.getFileName().toString());
        }
        assertThatThrownBy(() -> reader.read(ole)).hasMessageContaining(".doc");
        assertThatThrownBy(() -> reader.read(dir.resolve("none.docx"))).isInstanceOf(CaravanException.class);
    }

    @Test
    void refusesZipBombs() throws IOException {
        String huge = " ".repeat(30 * 1024 * 1024);
        Path bomb = rewrite(docxBytes("x"), "bomb.docx", xml -> xml.replace("<w:body>", "<w:body>" + huge));
        assertThatThrownBy(() -> reader.read(bomb))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void neverResolvesExternalEntities() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path xxe = rewrite(
                docxBytes("PLACEHOLDER"),
                "xxe.docx",
                xml -> xml.replaceFirst("\\?>", "?>" + doctype).replace("PLACEHOLDER", "&xxe;"));
        // POI's parsers refuse any DOCTYPE, so the entity is never expanded
        assertThatThrownBy(() -> reader.read(xxe))
                .isInstanceOf(CaravanException.class)
                .hasMessage("xxe.docx is not a readable .docx file: it contains a DTD, which is refused for safety");
    }

    private static byte[] docxBytes(String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText(text);
            d.write(out);
            return out.toByteArray();
        }
    }

    /** Copies a docx, passing word/document.xml through {@code edit}. */
    private Path rewrite(byte[] docx, String name, UnaryOperator<String> edit) throws IOException {
        Path f = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return f;
    }
}
