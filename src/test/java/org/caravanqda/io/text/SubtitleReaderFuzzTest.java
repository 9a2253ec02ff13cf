package org.caravanqda.io.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SubRip and WebVTT: any bytes give cues with consistent offsets and times, or one refusal. */
class SubtitleReaderFuzzTest {
    @TempDir
    static Path dir;

    /** A run lasts maxDuration when fuzzing (-Pfuzz); the timeout is also libFuzzer's limit per input. */
    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "captions.vtt", data);
        FuzzInputs.readOrRefuse(() -> new SubtitleReader().read(file)).ifPresent(doc -> {
            Units.wellFormed(doc);
            doc.units().forEach(u -> org.assertj.core.api.Assertions.assertThat(u.startMs()).isNotNull().isNotNegative());
        });
    }
}
