package org.caravanqda.io.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Plain text: any bytes are decoded (or refused) and split into turns with consistent offsets. */
class TxtReaderFuzzTest {
    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "interview.txt", data);
        FuzzInputs.readOrRefuse(() -> new TxtReader().read(file)).ifPresent(Units::wellFormed);
    }
}
