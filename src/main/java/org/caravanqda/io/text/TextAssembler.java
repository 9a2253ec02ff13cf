package org.caravanqda.io.text;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caravanqda.app.port.NoTextException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.Span;

/**
 * Collects the paragraphs of a structured file (docx, odt, md) into one NFC text, paragraphs
 * separated by a blank line, and then lets {@link SpeakerTurns} make the units.
 */
final class TextAssembler {
    private static final Pattern SPACE_RUN =
            Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]*\\t[ \\t\\u00A0\\u2007\\u202F]*|[ \\u00A0\\u2007\\u202F]{2,}");
    private static final Pattern SPACE_AT_BREAK = Pattern.compile("[ \\t\\u00A0]*\\n[ \\t\\u00A0]*");

    private final StringBuilder text = new StringBuilder();
    private final List<Span> blocks = new ArrayList<>();
    private final Set<Span> headings = new HashSet<>();
    private final List<String> speakers;

    TextAssembler() {
        this(null);
    }

    /** {@code speakers}: the researcher's choice of speaker labels (see {@link SpeakerTurns#detect}). */
    TextAssembler(List<String> speakers) {
        this.speakers = speakers;
    }

    /** Adds a heading: a paragraph that is never a speaker turn. */
    void heading(String raw) {
        int before = blocks.size();
        paragraph(raw);
        if (blocks.size() > before) {
            headings.add(blocks.get(blocks.size() - 1));
        }
    }

    /** Adds a paragraph; layout spaces (hanging indents, tabs) become one space, empty ones are dropped. */
    void paragraph(String raw) {
        String p = tidy(raw);
        if (p.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        blocks.add(new Span(text.length(), text.length() + p.length()));
        text.append(p);
    }

    static String tidy(String raw) {
        String p = Normalizer.normalize(raw, Normalizer.Form.NFC);
        p = SPACE_RUN.matcher(p).replaceAll(" ");
        p = SPACE_AT_BREAK.matcher(p).replaceAll("\n");
        return p.strip();
    }

    ParsedDocument finish(Path file, Map<String, String> metadata) {
        String s = text.toString();
        if (s.isBlank()) {
            throw new NoTextException(file.getFileName().toString());
        }
        List<Span> paragraphs = new ArrayList<>();
        for (Span b : blocks) {
            paragraphs.addAll(headings.contains(b) ? List.of(b) : Paragraphs.within(s, b.start(), b.end()));
        }
        SpeakerTurns.Result turns = SpeakerTurns.detect(s, paragraphs, headings, speakers);
        Map<String, String> meta = new LinkedHashMap<>(turns.metadata());
        meta.putAll(metadata);
        return new ParsedDocument(s, turns.units(), meta);
    }
}
