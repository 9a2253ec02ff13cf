package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.caravanqda.FuzzInputs;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .docx and .odt packages with entries named to climb out of a folder (zip slip). The readers
 * never extract anything, so such an entry is ignored or the file refused with one message;
 * either way no file appears anywhere.
 */
class ZipSlipTest {
    @TempDir
    Path dir;

    private final String evil = "evil-" + UUID.randomUUID() + ".txt";

    private List<String> slipNames() {
        return List.of("../../" + evil, "word/../../../" + evil, "..\\..\\" + evil, "/tmp/" + evil);
    }

    private List<Path> whereItWouldLand() {
        Path cwd = Path.of("").toAbsolutePath();
        return List.of(
                dir.resolve(evil),
                dir.getParent().resolve(evil),
                dir.getParent().getParent().resolve(evil),
                cwd.resolve(evil),
                cwd.getParent().resolve(evil),
                cwd.getParent().getParent().resolve(evil),
                Path.of(System.getProperty("java.io.tmpdir")).resolve(evil),
                Path.of("/tmp").resolve(evil));
    }

    @Test
    void docxWithClimbingEntriesIsReadOrRefusedAndWritesNothing() throws Exception {
        byte[] real;
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Р: Через Ларс.");
            d.write(out);
            real = out.toByteArray();
        }
        Map<String, byte[]> entries = new LinkedHashMap<>(FuzzInputs.entries(real));
        slipNames().forEach(n -> entries.put(n, "pwned".getBytes(StandardCharsets.UTF_8)));
        readOrRefused(new DocxReader(), Files.write(dir.resolve("slip.docx"), FuzzInputs.zip(entries)));
    }

    @Test
    void odtWithClimbingEntriesIsReadOrRefusedAndWritesNothing() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        entries.put(
                "content.xml",
                ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                                + "<text:p>Р: Через Ларс.</text:p></office:text></office:body></office:document-content>")
                        .getBytes(StandardCharsets.UTF_8));
        slipNames().forEach(n -> entries.put(n, "pwned".getBytes(StandardCharsets.UTF_8)));
        readOrRefused(new OdtReader(), Files.write(dir.resolve("slip.odt"), FuzzInputs.zip(entries)));
    }

    private void readOrRefused(DocumentReader reader, Path file) {
        try {
            assertThat(reader.read(file).text()).isEqualTo("Р: Через Ларс.");
        } catch (CaravanException refused) {
            assertThat(refused.getMessage())
                    .startsWith(file.getFileName().toString())
                    .doesNotContain("\n");
        }
        assertThat(whereItWouldLand()).allSatisfy(p -> assertThat(p).doesNotExist());
    }
}
