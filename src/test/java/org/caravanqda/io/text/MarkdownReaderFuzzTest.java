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

    /** A run lasts maxDuration when fuzzing (-Pfuzz); the timeout is also libFuzzer's limit per input. */
    @DictionaryEntries({"---\n", "# ", "**", "```", "<b>", "&amp;", "| --- |", "> ", "- ", "[x](y)", "title: \""})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] data) {
        Path file = FuzzInputs.file(dir, "notes.md", data);
        FuzzInputs.readOrRefuse(() -> new MarkdownReader().read(file)).ifPresent(Units::wellFormed);
    }
}
