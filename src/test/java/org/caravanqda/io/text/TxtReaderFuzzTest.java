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

    /** A run lasts maxDuration when fuzzing (-Pfuzz); the timeout is also libFuzzer's limit per input. */
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "interview.txt", data);
        FuzzInputs.readOrRefuse(() -> new TxtReader().read(file)).ifPresent(Units::wellFormed);
    }
}
