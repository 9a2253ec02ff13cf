package org.caravanqda.io.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.caravanqda.FuzzInputs;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.io.codebook.QdcCodebookFormat;
import org.caravanqda.io.refi.RefiQdpxFormat;
import org.caravanqda.io.text.DocxReader;
import org.caravanqda.io.text.OdtReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML nested far deeper than any real file (a few hundred kilobytes of opening tags): read, or
 * refused with one message, never a StackOverflowError out of a recursive walk.
 */
class DeepNestingTest {
    static final int DEPTH = 50_000;

    @TempDir
    Path tmp;

    private static String nested(String open, String close, String inner) {
        return open.repeat(DEPTH) + inner + close.repeat(DEPTH);
    }

    private void readOrRefused(Function<Path, Object> reader, Path file) {
        try {
            reader.apply(file);
        } catch (CaravanException refused) {
            assertThat(refused.getMessage())
                    .contains(file.getFileName().toString())
                    .doesNotContain("\n");
        }
    }

    @Test
    void codebook() throws Exception {
        String xml = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + nested("<Code name=\"a\" isCodable=\"true\">", "</Code>", "") + "</Codes></CodeBook>";
        readOrRefused(new QdcCodebookFormat()::read, Files.writeString(tmp.resolve("deep.qdc"), xml));
    }

    @Test
    void project() throws Exception {
        String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
                + nested("<Code name=\"a\" isCodable=\"true\">", "</Code>", "") + "</Codes></CodeBook></Project>";
        Path qdpx = Files.write(
                tmp.resolve("deep.qdpx"), FuzzInputs.zip(Map.of("project.qde", xml.getBytes(StandardCharsets.UTF_8))));
        readOrRefused(new RefiQdpxFormat()::read, qdpx);
    }

    @Test
    void odt() throws Exception {
        String xml = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
                + nested("<text:span>", "</text:span>", "Р: текст")
                + "</text:p></office:text></office:body></office:document-content>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", xml.getBytes(StandardCharsets.UTF_8));
        readOrRefused(new OdtReader()::read, Files.write(tmp.resolve("deep.odt"), FuzzInputs.zip(entries)));
    }

    @Test
    void docxTablesInTables() throws Exception {
        byte[] real;
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("x");
            d.write(out);
            real = out.toByteArray();
        }
        Map<String, byte[]> parts = new LinkedHashMap<>(FuzzInputs.entries(real));
        String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:p><w:r><w:t>Р: текст</w:t></w:r></w:p>")
                + "</w:body></w:document>";
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        readOrRefused(new DocxReader()::read, Files.write(tmp.resolve("deep.docx"), FuzzInputs.zip(parts)));
    }
}
