package org.caravanqda.io.codebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.CodePath;

/**
 * The codebook as Markdown for a methods appendix: title, an outline of the tree, then one
 * section per code (heading level by depth) with path, colour, codings, definition, inclusion,
 * exclusion and example. Write only: Markdown is for people, .qdc is for exchange.
 */
public final class MarkdownCodebookFormat implements CodebookFormat {
    private static final int FIRST_CODE_HEADING = 3;
    private static final int LAST_HEADING = 6;

    @Override
    public Set<String> extensions() {
        return Set.of("md");
    }

    @Override
    public boolean canRead() {
        return false;
    }

    @Override
    public List<CodeDraft> read(Path file) {
        throw new CaravanException("Cannot import " + file.getFileName()
                + ": Markdown codebooks are written for reading by people; import a .qdc instead");
    }

    @Override
    public void write(List<CodeDraft> roots, Map<String, Integer> counts, String projectName, Path out) {
        String text = render(roots, counts, projectName);
        RefiXml.writeAtomically(out, stream -> {
            try {
                Writer w = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                w.write(text);
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The whole document; package-visible so tests can read it without a file. */
    static String render(List<CodeDraft> roots, Map<String, Integer> counts, String projectName) {
        StringBuilder md = new StringBuilder();
        String title = projectName == null || projectName.isBlank() ? "Codebook" : "Codebook: " + projectName.strip();
        md.append("# ").append(MarkdownEscaping.inline(title)).append("\n\n");
        int total = roots.stream().mapToInt(CodeDraft::size).sum();
        md.append(total)
                .append(total == 1 ? " code" : " codes")
                .append(", ")
                .append(roots.size())
                .append(" at the top level.");
        if (!counts.isEmpty()) {
            md.append(" Numbers in parentheses are each code's own codings; a code with subcodes also gives the"
                    + " total with theirs.");
        }
        md.append("\n\n## Outline\n\n");
        for (CodeDraft root : roots) {
            outline(md, root, List.of(), counts, 0);
        }
        md.append("\n## Codes\n");
        for (CodeDraft root : roots) {
            section(md, root, List.of(), counts);
        }
        return md.toString();
    }

    private static void outline(
            StringBuilder md, CodeDraft c, List<String> parents, Map<String, Integer> counts, int depth) {
        List<String> path = append(parents, c.name());
        md.append("  ".repeat(depth)).append("- ").append(MarkdownEscaping.inline(c.name()));
        if (!counts.isEmpty()) {
            md.append(" (").append(count(counts, path));
            if (!c.children().isEmpty()) {
                md.append("; ").append(total(c, parents, counts)).append(" with subcodes");
            }
            md.append(')');
        }
        md.append('\n');
        for (CodeDraft child : c.children()) {
            outline(md, child, path, counts, depth + 1);
        }
    }

    private static void section(StringBuilder md, CodeDraft c, List<String> parents, Map<String, Integer> counts) {
        List<String> path = append(parents, c.name());
        int level = Math.min(FIRST_CODE_HEADING + parents.size(), LAST_HEADING);
        md.append('\n')
                .append("#".repeat(level))
                .append(' ')
                .append(MarkdownEscaping.inline(c.name()))
                .append("\n\n");
        md.append("- Path: ")
                .append(MarkdownEscaping.inline(new CodePath(path).toString()))
                .append('\n');
        md.append("- Colour: ")
                .append(c.color() == null ? "none" : "`" + c.color() + "`")
                .append('\n');
        if (!c.codable()) {
            md.append("- Folder only: not applied to text\n");
        }
        if (!counts.isEmpty()) {
            md.append("- Codings: ").append(count(counts, path));
            if (!c.children().isEmpty()) {
                md.append(" (").append(total(c, parents, counts)).append(" with its subcodes)");
            }
            md.append('\n');
        }
        field(md, "Definition", c.definition());
        field(md, "Inclusion", c.inclusion());
        field(md, "Exclusion", c.exclusion());
        if (c.example() != null && !c.example().isBlank()) {
            md.append("\n**Example.**\n\n")
                    .append(MarkdownEscaping.quote(c.example()))
                    .append('\n');
        }
        for (CodeDraft child : c.children()) {
            section(md, child, path, counts);
        }
    }

    private static void field(StringBuilder md, String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("\n**")
                    .append(label)
                    .append(".** ")
                    .append(MarkdownEscaping.paragraph(value))
                    .append('\n');
        }
    }

    private static int count(Map<String, Integer> counts, List<String> path) {
        return counts.getOrDefault(new CodePath(path).toString(), 0);
    }

    /** A code's own codings and those of every code under it. */
    private static int total(CodeDraft c, List<String> parents, Map<String, Integer> counts) {
        List<String> path = append(parents, c.name());
        int sum = count(counts, path);
        for (CodeDraft child : c.children()) {
            sum += total(child, path, counts);
        }
        return sum;
    }

    private static List<String> append(List<String> list, String last) {
        List<String> out = new ArrayList<>(list);
        out.add(last);
        return out;
    }
}
