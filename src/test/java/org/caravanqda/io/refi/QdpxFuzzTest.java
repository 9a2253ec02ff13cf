package org.caravanqda.io.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.caravanqda.app.refi.RefiProject;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * REFI-QDA projects (.qdpx): input starting with "PK" is the whole archive; anything else becomes
 * its project.qde, beside one source text the seeds refer to.
 */
class QdpxFuzzTest {
    static final String SOURCE_GUID = "7a5b2c9e-1f3d-4e6a-8b0c-2d4e6f8a0b1c";

    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @DictionaryEntries({
        "<TextSource ",
        "plainTextPath=\"internal://",
        "<PlainTextSelection ",
        "startPosition=\"",
        "endPosition=\"",
        "<Coding ",
        "<CodeRef targetGUID=\"",
        "<Note ",
        "<NoteRef targetGUID=\"",
        "<Case ",
        "<SourceRef targetGUID=\"",
        "<VariableValue>",
        "<Variable ",
        "typeOfVariable=\"",
        "<PlainTextContent>",
        "<Link ",
        "creationDateTime=\"",
        "<Code ",
        "name=\"",
        "guid=\"",
        "<!DOCTYPE",
        "&amp;"
    })
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        byte[] qdpx = data;
        if (!FuzzInputs.isZip(data)) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("project.qde", data);
            entries.put(
                    "sources/" + SOURCE_GUID + ".txt",
                    "И: Как вы уехали?\nР: Через Ларс.".getBytes(StandardCharsets.UTF_8));
            qdpx = FuzzInputs.zip(entries);
        }
        Path file = FuzzInputs.file(dir, "project.qdpx", qdpx);
        FuzzInputs.readOrRefuse(() -> new RefiQdpxFormat().read(file)).ifPresent(QdpxFuzzTest::usable);
    }

    /** What the import service relies on: code names usable, every selection and coding listed. */
    private static void usable(RefiProject p) {
        org.caravanqda.io.codebook.QdcCodebookFuzzTest.usable(p.codes());
        assertThat(p.sources())
                .allSatisfy(s -> assertThat(s.selections())
                        .allSatisfy(sel -> assertThat(sel.codings()).isNotNull()));
    }
}
