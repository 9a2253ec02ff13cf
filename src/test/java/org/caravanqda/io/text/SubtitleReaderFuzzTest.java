package org.caravanqda.io.text;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
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

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @DictionaryEntries({"WEBVTT", " --> ", "00:00:01,000", "00:01.000", "<v ", "</v>", "&amp;", "NOTE"})
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "captions.vtt", data);
        FuzzInputs.readOrRefuse(() -> new SubtitleReader().read(file)).ifPresent(doc -> {
            Units.wellFormed(doc);
            doc.units()
                    .forEach(u -> org.assertj.core.api.Assertions.assertThat(u.startMs())
                            .isNotNull()
                            .isNotNegative());
        });
    }
}
