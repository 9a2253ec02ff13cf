package org.caravanqda.io.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns ODF content.xml into paragraphs: text:p and text:h (also inside tables and lists), with
 * text:s, text:tab and text:line-break rendered; notes, annotations and tracked deletions skipped.
 */
final class OdtContentHandler extends DefaultHandler {
    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final Set<String> SKIPPED = Set.of("note", "tracked-changes", "annotation", "sequence-decls");

    private final Consumer<String> paragraphs;
    /** Open paragraphs; a paragraph may contain another (e.g. in a frame), which is emitted on its own. */
    private final Deque<StringBuilder> open = new ArrayDeque<>();

    private int skipDepth;

    OdtContentHandler(Consumer<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        if (skipDepth > 0 || isSkipped(uri, local)) {
            skipDepth++;
            return;
        }
        if (!TEXT_NS.equals(uri)) {
            return;
        }
        switch (local) {
            case "p", "h" -> open.push(new StringBuilder());
            case "s" -> append(" ".repeat(count(atts.getValue(TEXT_NS, "c"))));
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (TEXT_NS.equals(uri) && ("p".equals(local) || "h".equals(local)) && !open.isEmpty()) {
            paragraphs.accept(open.pop().toString());
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0 && !open.isEmpty()) {
            // ODF collapses white space in character data; explicit spaces come as text:s
            append(new String(ch, start, length).replaceAll("[ \\t\\r\\n]+", " "));
        }
    }

    private void append(String s) {
        if (!open.isEmpty()) {
            open.peek().append(s);
        }
    }

    private static boolean isSkipped(String uri, String local) {
        return (TEXT_NS.equals(uri) || OFFICE_NS.equals(uri)) && SKIPPED.contains(local);
    }

    private static int count(String c) {
        try {
            return c == null ? 1 : Math.max(1, Math.min(Integer.parseInt(c.strip()), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
