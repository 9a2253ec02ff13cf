package org.caravanqda.io.text;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.caravanqda.FuzzInputs;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word .docx: input starting with "PK" is the whole file; anything else becomes word/document.xml
 * of an otherwise valid package, so the fuzzer also reaches POI's XML and our body walk.
 */
class DocxReaderFuzzTest {
    private static final Map<String, byte[]> PACKAGE = FuzzInputs.entries(emptyDocx());

    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @DictionaryEntries({
        "<w:p>",
        "</w:p>",
        "<w:r>",
        "<w:t>",
        "</w:t>",
        "<w:tbl>",
        "<w:tr>",
        "<w:tc>",
        "<w:br/>",
        "<w:tab/>",
        "<w:sdt>",
        "<w:sdtContent>",
        "xml:space=\"preserve\"",
        "<!DOCTYPE",
        "&#"
    })
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        byte[] docx = data;
        if (!FuzzInputs.isZip(data)) {
            Map<String, byte[]> parts = new java.util.LinkedHashMap<>(PACKAGE);
            parts.put("word/document.xml", data);
            docx = FuzzInputs.zip(parts);
        }
        Path file = FuzzInputs.file(dir, "interview.docx", docx);
        FuzzInputs.readOrRefuse(() -> new DocxReader().read(file)).ifPresent(Units::wellFormed);
    }

    private static byte[] emptyDocx() {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("x");
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
