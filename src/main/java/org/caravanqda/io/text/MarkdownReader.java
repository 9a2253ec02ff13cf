package org.caravanqda.io.text;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ReadOptions;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Markdown transcripts and notes: the readable text only. YAML front matter is metadata, not
 * content; markup, embedded HTML and site macros are reduced to their text or dropped.
 */
public final class MarkdownReader implements DocumentReader {
    /** Built when the first Markdown file is read, not when the readers are listed at start. */
    private static final class Holder {
        static final Parser PARSER = Parser.builder()
                .extensions(List.of(YamlFrontMatterExtension.create()))
                .build();
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    @Override
    public ParsedDocument read(Path file) {
        return read(file, ReadOptions.DETECT);
    }

    @Override
    public ParsedDocument read(Path file, ReadOptions options) {
        String source = TxtReader.decodeFile(file, options.encoding());
        Node doc = parse(source, file);
        YamlFrontMatterVisitor front = new YamlFrontMatterVisitor();
        doc.accept(front);
        Map<String, String> metadata = new LinkedHashMap<>();
        front.getData().forEach((key, values) -> {
            List<String> present = values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(v -> unquote(v.strip()))
                    .toList();
            if (!present.isEmpty()) {
                metadata.put(key, String.join(", ", present));
            }
        });
        TextAssembler out = new TextAssembler(options.speakers());
        new MarkdownText(out::paragraph, out::heading).render(doc);
        return out.finish(file, metadata);
    }

    /** CommonMark accepts any text, but its front-matter parser throws on some broken YAML (found by fuzzing). */
    private static Node parse(String source, Path file) {
        try {
            return Holder.PARSER.parse(source);
        } catch (RuntimeException e) {
            boolean frontMatter = java.util.Arrays.stream(e.getStackTrace())
                    .anyMatch(f -> f.getClassName().contains(".front.matter."));
            throw new CaravanException(
                    file.getFileName()
                            + (frontMatter
                                    ? " has YAML front matter (the block between the --- lines at the top) that cannot be read;"
                                            + " check its quotes and indentation"
                                    : " cannot be read as Markdown (" + e + ")"),
                    e);
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
