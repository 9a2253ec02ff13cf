package org.caravanqda.io.text;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument text: input starting with "PK" is the whole file; anything else becomes its content.xml. */
class OdtReaderFuzzTest {
    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @DictionaryEntries({
        "<text:p>",
        "</text:p>",
        "<text:h>",
        "<text:s text:c=\"",
        "<text:tab/>",
        "<text:line-break/>",
        "<text:span>",
        "<table:table-cell>",
        "<text:list-item>",
        "<office:text>",
        "<!DOCTYPE",
        "&#"
    })
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        byte[] odt = data;
        if (!FuzzInputs.isZip(data)) {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            parts.put("content.xml", data);
            odt = FuzzInputs.zip(parts);
        }
        Path file = FuzzInputs.file(dir, "interview.odt", odt);
        FuzzInputs.readOrRefuse(() -> new OdtReader().read(file)).ifPresent(Units::wellFormed);
    }
}
