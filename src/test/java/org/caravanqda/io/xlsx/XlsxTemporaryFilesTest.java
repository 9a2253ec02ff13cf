package org.caravanqda.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.app.port.CodedExport;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.SegmentColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SXSSF streams rows into temporary files while it writes. For an encrypted project those must
 * not hold the text in the clear: the temp folder is looked at in the middle of the write.
 */
class XlsxTemporaryFilesTest {
    private static final String PHRASE = "Мы уехали в Алматы в сентябре, после объявления мобилизации";

    @TempDir
    Path poiTemp;

    @TempDir
    Path out;

    @AfterEach
    void restorePoiTempFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void plainWriterLeavesTextInItsTemporaryFiles() throws Exception {
        assertThat(textInTempFilesDuringWrite(false)).isTrue(); // the scan sees what it looks for
    }

    @Test
    void protectedWriterEncryptsItsTemporaryFilesAndTheResultReadsBack() throws Exception {
        assertThat(textInTempFilesDuringWrite(true)).isFalse();
        try (XSSFWorkbook wb = Workbooks.open(out.resolve("protected.xlsx"))) {
            assertThat(wb.getSheet("Segments").getLastRowNum()).isEqualTo(1000);
            assertThat(wb.getSheet("Segments").getRow(1000).getCell(0).getStringCellValue())
                    .isEqualTo(PHRASE + " 999");
        }
    }

    private boolean textInTempFilesDuringWrite(boolean protect) throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        AtomicBoolean seen = new AtomicBoolean();
        new XlsxCodedTableWriter()
                .write(
                        export(protect, () -> seen.set(tempFilesContain(PHRASE))),
                        out.resolve(protect ? "protected.xlsx" : "plain.xlsx"));
        return seen.get();
    }

    private boolean tempFilesContain(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(poiTemp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** 1,000 rows (far past SXSSF's window, so most are in the temp file when the tables are asked for). */
    private static CodedExport export(boolean protect, Runnable afterSegments) {
        return new CodedExport() {
            @Override
            public List<SegmentColumn> segmentColumns() {
                return List.of(new SegmentColumn("text", SegmentColumn.Kind.TEXT));
            }

            @Override
            public void segments(Consumer<List<Object>> sink) {
                for (int i = 0; i < 1000; i++) {
                    sink.accept(List.of(PHRASE + " " + i));
                }
            }

            @Override
            public DataTable codebook() {
                return new DataTable("Codebook", List.of("code path"), List.of(), 1, List.of());
            }

            @Override
            public List<DataTable> tables() {
                afterSegments.run();
                return new ArrayList<>();
            }

            @Override
            public DataTable about() {
                return new DataTable("About", List.of("item", "value"), List.of(), 1, List.of());
            }

            @Override
            public boolean byteOrderMark() {
                return false;
            }

            @Override
            public boolean protectTemporaryFiles() {
                return protect;
            }
        };
    }
}
