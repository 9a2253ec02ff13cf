package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The escaping between names from files and the terminal, and what it leaves alone. */
class TerminalTextTest {
    @Test
    void namesOnOneLineShowEveryHiddenCharacterAsItsEscape() {
        assertThat(TerminalText.escape("ru-01-\u202Eexe.txt")).isEqualTo("ru-01-\\u202Eexe.txt");
        assertThat(TerminalText.escape("a\u2066b\u2069c\u200Bd\u200De\u2060f\uFEFFg\u200Fh\u061Ci"))
                .isEqualTo("a\\u2066b\\u2069c\\u200Bd\\u200De\\u2060f\\uFEFFg\\u200Fh\\u061Ci");
        assertThat(TerminalText.escape("\u001B[2J\u0007\u009B\u007F\r\n\t"))
                .isEqualTo("\\u001B[2J\\u0007\\u009B\\u007F\\u000D\\u000A\\u0009");
        assertThat(TerminalText.escape("Марина Зарина, ʻŌlelo, 🙂")).isEqualTo("Марина Зарина, ʻŌlelo, 🙂");
    }

    @Test
    void theOutputStreamKeepsLineEndsAndTabsButNotABareCarriageReturn() {
        StringWriter raw = new StringWriter();
        PrintWriter out = TerminalText.writer(new PrintWriter(raw));
        out.print("name\u202E\tok\r\n");
        out.print("over\rwrite\n");
        out.print("end\r");
        out.close();
        assertThat(raw.toString()).isEqualTo("name\\u202E\tok\r\nover\\u000Dwrite\nend\\u000D");
    }

    @Test
    void csvKeepsTextAsDataButEscapesControls() {
        assertThat(TerminalText.escapeControls("ru-01-\u202Eexe.txt\u200C")).isEqualTo("ru-01-\u202Eexe.txt\u200C");
        assertThat(TerminalText.escapeControls("a\u001B[31mb\nc")).isEqualTo("a\\u001B[31mb\nc");
    }

    @Test
    void jsonEscapesTheSameCharactersAndReadsBackExactly() throws Exception {
        String name = "ru-01-\u202Eexe.txt \u2066x\u2069 \u0085 \u007F";
        String json = Json.write(Map.of("name", name));
        assertThat(json.codePoints().filter(TerminalText::hidden).filter(c -> c != '\n'))
                .isEmpty();
        assertThat(json).contains("\\u202E", "\\u2066", "\\u0085", "\\u007F");
        assertThat(new ObjectMapper().readTree(json).get("name").asString()).isEqualTo(name);
    }
}
