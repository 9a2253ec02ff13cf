package org.caravanqda.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Names and text from other people's files, shown on a terminal: a character the terminal would
 * act on (controls such as ESC, which start escape sequences that clear the screen, move the
 * cursor or set the clipboard), reorder with (bidi embeddings, overrides, isolates and marks:
 * "ru-01-" U+202E "exe.txt" reads as "ru-01-txt.exe") or not show at all (zero-width characters)
 * is written as its escape, backslash u and four hex digits, instead (issue 22). The command line's standard output and
 * error pass through {@link #writer}, so every document, code, coder, speaker, case, attribute
 * and pseudonym name it prints is shown this way, in plain, table and JSON output alike (in
 * JSON that escape is the string escape of the same character, so a parser reads back exactly
 * what was stored). CSV goes out as data: only control characters are escaped there.
 */
final class TerminalText {
    private TerminalText() {}

    /**
     * Whether {@code c} must not reach a terminal as it is: C0 controls (line ends and tabs are
     * the caller's to allow), DEL, C1 controls, bidi controls and marks, zero-width characters,
     * and the Unicode line and paragraph separators.
     */
    static boolean hidden(int c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C // Arabic letter mark
                || (c >= 0x200B && c <= 0x200F) // zero-width space, non-joiner, joiner; LRM, RLM
                || (c >= 0x2028 && c <= 0x202E) // line and paragraph separators; embeddings and overrides
                || (c >= 0x2060 && c <= 0x2069) // word joiner, invisible operators; isolates
                || c == 0xFEFF; // zero-width no-break space (BOM)
    }

    /** Control characters only (C0 but tab and line ends, DEL, C1): what CSV escapes. */
    static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** A name or cell on one line: every hidden character escaped, line ends and tabs included. */
    static String escape(String s) {
        if (s == null || s.chars().noneMatch(TerminalText::hidden)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.chars().forEach(c -> append(b, c, hidden(c)));
        return b.toString();
    }

    /** A CSV field: control characters escaped, everything else (bidi text included) kept as data. */
    static String escapeControls(String s) {
        if (s == null || s.chars().noneMatch(TerminalText::control)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.chars().forEach(c -> append(b, c, control(c)));
        return b.toString();
    }

    private static void append(StringBuilder b, int c, boolean escape) {
        if (escape) {
            b.append(String.format("\\u%04X", c));
        } else {
            b.append((char) c);
        }
    }

    /** {@code out} behind a writer that escapes hidden characters but line ends and tabs. */
    static PrintWriter writer(PrintWriter out) {
        return new PrintWriter(new Escaping(out), true);
    }

    /**
     * Escapes as it writes. A CR is kept only right before an LF (a line end on Windows); one
     * alone would return the cursor and let the rest of a name overwrite what came before.
     */
    private static final class Escaping extends Writer {
        private final PrintWriter out;
        private boolean pendingCr;

        Escaping(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            StringBuilder b = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (pendingCr) {
                    pendingCr = false;
                    b.append(c == '\n' ? "\r" : "\\u000D");
                }
                if (c == '\r') {
                    pendingCr = true;
                } else if (c != '\n' && c != '\t' && hidden(c)) {
                    b.append(String.format("\\u%04X", (int) c));
                } else {
                    b.append(c);
                }
            }
            out.write(b.toString());
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (pendingCr) {
                pendingCr = false;
                out.write("\\u000D");
            }
            out.flush();
        }
    }
}
