package org.caravanqda.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.io.table.CsvTableReader;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Attribute tables (CSV): any bytes give a typed table of consistent shape, or one refusal. */
class AttributesCsvFuzzTest {
    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "attributes.csv", data);
        // parsing never touches the store, so there is none
        FuzzInputs.readOrRefuse(() -> new AttributeService(null, new CsvTableReader()).parse(file))
                .ifPresent(t -> {
                    assertThat(t.attributes())
                            .hasSameSizeAs(t.types())
                            .allSatisfy(a -> assertThat(a).isNotBlank());
                    assertThat(t.values())
                            .hasSameSizeAs(t.documents())
                            .allSatisfy(row -> assertThat(row).hasSameSizeAs(t.attributes()));
                });
    }
}
