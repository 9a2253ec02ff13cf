package org.caravanqda.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Walks a commonmark tree and hands each leaf block's readable text to a consumer as a paragraph. */
final class MarkdownText {
    private static final Pattern ICON = Pattern.compile("\\bicon-[a-z]+(?:-[a-z]+)*[ \\u2060]?");
    /** Docusaurus-style anchors such as "## Врачи {#doctors}". */
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[\\w-]+\\}\\s*$");
    /** Docusaurus admonitions: ":::tip Title", ":::note[Title]", a bare ":::" closing one. */
    private static final Pattern ADMONITION = Pattern.compile(":{3,}\\s*(?:[A-Za-z][\\w-]*\\s*(?:\\[(.*)\\]|(.*))?)?");

    private final Consumer<String> paragraphs;
    private final Consumer<String> headings;

    MarkdownText(Consumer<String> paragraphs, Consumer<String> headings) {
        this.paragraphs = paragraphs;
        this.headings = headings;
    }

    void render(Node doc) {
        blocks(doc);
    }

    private void blocks(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof YamlFrontMatterBlock
                    || n instanceof ThematicBreak
                    || n instanceof LinkReferenceDefinition) {
                continue;
            }
            if (n instanceof Heading) {
                String h = HEADING_ID
                        .matcher(inline(n, new StringBuilder(), null))
                        .replaceAll("")
                        .strip();
                if (!h.isEmpty()) {
                    headings.accept(h);
                }
            } else if (n instanceof Paragraph) {
                List<Integer> softBreaks = new ArrayList<>();
                paragraph(lines(inline(n, new StringBuilder(), softBreaks).toString(), softBreaks));
            } else if (n instanceof FencedCodeBlock c) {
                emit(c.getLiteral());
            } else if (n instanceof IndentedCodeBlock c) {
                emit(c.getLiteral());
            } else if (n instanceof HtmlBlock h) {
                emit(htmlText(h.getLiteral()));
            } else if (n instanceof Block) {
                blocks(n); // lists, list items, block quotes
            }
        }
    }

    /** A paragraph's lines as its source wrapped them (cut at its soft line breaks). */
    private static List<String> lines(String text, List<Integer> softBreaks) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at : softBreaks) {
            out.add(text.substring(from, at));
            from = at + 1;
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * Joins a paragraph's lines as a reader of the page sees them: a line break inside a paragraph
     * is a space (the source was wrapped, and a kept break ended a sentence mid-way), except before
     * a line that opens a turn (a speaker label or a dialogue dash), which keeps its own line.
     * Admonition fences (":::tip Title", ":::") are site markup: a title stays, as a paragraph.
     */
    private void paragraph(List<String> lines) {
        StringBuilder p = new StringBuilder();
        for (String line : lines) {
            Matcher fence = ADMONITION.matcher(line.strip());
            if (fence.matches()) {
                emit(p.toString());
                p.setLength(0);
                String title = fence.group(1) != null ? fence.group(1) : fence.group(2); // [Title] or Title
                if (title != null) {
                    emit(title);
                }
                continue;
            }
            if (!p.isEmpty()) {
                p.append(opensTurn(line) ? '\n' : ' ');
            }
            p.append(line);
        }
        emit(p.toString());
    }

    private static boolean opensTurn(String line) {
        String l = line.strip();
        return l.startsWith("\u2014") || l.startsWith("\u2013") || Paragraphs.opensTurn(l);
    }

    private void emit(String paragraph) {
        String p = paragraph.strip();
        // site macros such as "@@toponyms" are build instructions, not text
        if (!p.isEmpty() && !p.startsWith("@@")) {
            paragraphs.accept(p);
        }
    }

    /** Soft line breaks go in as '\n' and their places into {@code softBreaks}; with none to record, as a space. */
    private static StringBuilder inline(Node parent, StringBuilder sb, List<Integer> softBreaks) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral().replace('\u00A0', ' ')); // &nbsp; is layout, not content
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                if (softBreaks == null) {
                    sb.append(' ');
                } else {
                    softBreaks.add(sb.length());
                    sb.append('\n');
                }
            } else if (n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline h) {
                if (h.getLiteral().matches("(?i)<br\\s*/?>")) {
                    sb.append('\n');
                }
            } else if (n instanceof Link) {
                // site icon macros ("icon-telegram Chat") are markup, not link text
                sb.append(ICON.matcher(inline(n, new StringBuilder(), null)).replaceAll(""));
            } else {
                inline(n, sb, softBreaks); // emphasis, strong and images: their text
            }
        }
        return sb;
    }

    /** Visible text of an HTML block; the head (title, meta), scripts and styles are dropped. */
    static String htmlText(String html) {
        Document d = Jsoup.parseBodyFragment(html.replaceAll("(?is)<head>.*?</head>", ""));
        d.select("script, style, head, title, meta").remove();
        return d.body().text();
    }
}
