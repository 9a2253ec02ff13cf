package org.caravanqda.io.text;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.caravanqda.FuzzInputs;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Markdown: any bytes give readable text with consistent paragraphs and headings, or one refusal. */
class MarkdownReaderFuzzTest {
    @TempDir
    static Path dir;

    /** Seeds only by default; fuzzes for FUZZ_FOR with -Pfuzz (CI). */
    @DictionaryEntries({"---", "# ", "**", "```", "<b>", "&amp;", "| --- |", "> ", "- ", "[x](y)", "title: \""})
    @Timeout(value = FuzzInputs.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = FuzzInputs.FUZZ_FOR)
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "notes.md", data);
        FuzzInputs.readOrRefuse(() -> new MarkdownReader().read(file)).ifPresent(Units::wellFormed);
    }
}
