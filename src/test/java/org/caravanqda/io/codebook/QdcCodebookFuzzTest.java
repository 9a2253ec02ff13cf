package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.caravanqda.model.CodeDraft;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** REFI-QDA codebooks (.qdc): any bytes give a code tree the importer can take, or one refusal. */
public class QdcCodebookFuzzTest {
    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @DictionaryEntries({
        "<Code ",
        "</Code>",
        "name=\"",
        "guid=\"",
        "color=\"",
        "isCodable=\"",
        "<Description>",
        "</Description>",
        "<Codes>",
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">",
        "::",
        "<!DOCTYPE",
        "<![CDATA[",
        "&amp;",
        "&#"
    })
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "codebook.qdc", data);
        FuzzInputs.readOrRefuse(() -> new QdcCodebookFormat().read(file)).ifPresent(QdcCodebookFuzzTest::usable);
    }

    /** Names present and one path step each (a "/" in a name is escaped, issue #17), colours #RRGGBB, GUIDs normalised. */
    public static void usable(List<CodeDraft> codes) {
        for (CodeDraft c : codes) {
            assertThat(c.name()).isNotBlank();
            assertThat(org.caravanqda.model.CodePath.parse(org.caravanqda.model.CodePath.escape(c.name()))
                            .leaf())
                    .isEqualTo(c.name());
            assertThat(c.color())
                    .satisfiesAnyOf(
                            x -> assertThat(x).isNull(), x -> assertThat(x).matches("#[0-9A-F]{6}"));
            assertThat(c.guid())
                    .satisfiesAnyOf(
                            x -> assertThat(x).isNull(), x -> assertThat(x).matches("[0-9a-f-]{36}"));
            usable(c.children());
        }
    }
}
