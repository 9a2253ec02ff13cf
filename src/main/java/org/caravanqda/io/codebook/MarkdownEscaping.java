package org.caravanqda.io.codebook;

/** Escapes researchers' text so Markdown shows it literally (names may hold *, _, #, < or |). */
final class MarkdownEscaping {
    private MarkdownEscaping() {}

    /** One line: line breaks become spaces, Markdown punctuation is backslash-escaped. */
    static String inline(String s) {
        return escape(s.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** Several lines kept as hard line breaks within one paragraph. */
    static String paragraph(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.strip().split("\\R")) {
            if (out.length() > 0) {
                out.append("  \n"); // two trailing spaces: a Markdown hard line break
            }
            out.append(escapeLineStart(escape(line.strip())));
        }
        return out.toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder();
        for (String line : s.strip().split("\\R")) {
            out.append("> ").append(escapeLineStart(escape(line.strip()))).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A line starting with '#', '+', '-' or "1." would turn into a heading or a list item. */
    private static String escapeLineStart(String line) {
        if (line.matches("^[#+\\-].*") || line.matches("^\\d+[.)].*")) {
            int i = line.matches("^\\d.*") ? line.replaceAll("^(\\d+).*", "$1").length() : 0;
            return line.substring(0, i) + "\\" + line.substring(i);
        }
        return line;
    }
}
