package org.caravanqda.gui.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import org.caravanqda.model.TextUnit;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.util.Tuple2;
import org.reactfx.util.Tuples;

/**
 * The transcript: RichTextFX's virtualized text area (only visible paragraphs have nodes, so a
 * long transcript opens whole, without chunks), speaker turns on pale backgrounds with the
 * speaker's name in bold, codings as translucent highlights, and the stripes margin.
 */
public final class TranscriptView {
    private final TranscriptViewModel vm;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
    private int[] paragraphStarts = {0};
    private Margin margin = Margin.of(paragraphStarts, List.of());
    private long lastRenderMillis;

    public TranscriptView(TranscriptViewModel vm) {
        this.vm = vm;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("transcript");
        area.setUseInitialStyleForInsertion(true);
        // a new document, or the same one with other text (shown with pseudonyms, or again without), is laid out anew
        vm.transcriptProperty()
                .addListener((o, a, t) -> show(
                        t,
                        a == null
                                || t == null
                                || !a.name().equals(t.name())
                                || !a.text().equals(t.text())));
        vm.visibleCodings().addListener((ListChangeListener<CodingMark>) c -> restyle());
        area.selectionProperty().addListener((o, a, s) -> vm.select(s.getStart(), s.getEnd()));
        vm.revealProperty().addListener((o, a, r) -> {
            if (r != null && r.end() <= area.getLength()) {
                area.selectRange(r.end(), r.start()); // the caret at the start: a long hit shows from its beginning
                area.requestFollowCaret();
            }
        });
        area.setOnMouseClicked(e -> {
            IndexRange s = area.getSelection();
            if (s.getLength() == 0) {
                vm.inspectAt(area.getCaretPosition());
            }
        });
        // built lazily (ADR 0042): a document may be open already
        Transcript open = vm.transcriptProperty().get();
        if (open != null) {
            show(open, true);
        }
    }

    /** Shows a transcript: a new document scrolls to the top; the same one (after a change) keeps its place. */
    private void show(Transcript t, boolean newDocument) {
        long started = System.nanoTime();
        if (t == null) {
            area.clear();
            return;
        }
        if (newDocument || area.getLength() != t.text().length()) {
            // carriage returns would end a paragraph in the area: a space keeps every offset equal to the stored text's
            String text = t.text().replace('\r', ' ');
            paragraphStarts = Margin.paragraphStarts(text);
            // one document with turn backgrounds and highlights in a single replace: one change event, not thousands
            List<Tuple2<String, List<String>>> paragraphs = new ArrayList<>(paragraphStarts.length);
            String[] turnStyles = turnStyles(t, text);
            for (int p = 0; p < paragraphStarts.length; p++) {
                int end = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] - 1 : text.length();
                paragraphs.add(Tuples.t(turnStyles[p], List.of(text.substring(paragraphStarts[p], end))));
            }
            StyleSpans<String> spans = spans(t, List.copyOf(vm.visibleCodings()), true);
            area.replace(
                    0,
                    area.getLength(),
                    ReadOnlyStyledDocumentBuilder.constructDocument(
                            area.getSegOps(), "", b -> b.addParagraphs0(paragraphs, spans)));
            showMargin();
            area.moveTo(0);
            area.requestFollowCaret();
        }
        // the same text: the visible codings, read again from it before this listener runs, have restyled it
        // (doing it here too drew every change twice, a coding's stripe among them)
        lastRenderMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** Paragraph styles: each speaker's turns on their own pale background; blank lines plain. */
    private String[] turnStyles(Transcript t, String text) {
        String[] styles = new String[paragraphStarts.length];
        Arrays.fill(styles, "");
        Map<String, Integer> speakers = new HashMap<>();
        int[] unitStarts = t.units().stream().mapToInt(TextUnit::start).toArray();
        for (int p = 0; p < paragraphStarts.length; p++) {
            int start = paragraphStarts[p];
            int i = Arrays.binarySearch(unitStarts, start);
            i = i >= 0 ? i : -i - 2;
            boolean blank = start >= text.length() || text.charAt(start) == '\n';
            if (i < 0
                    || blank
                    || t.units().get(i).speaker() == null
                    || start >= t.units().get(i).end()) {
                continue;
            }
            int s = speakers.computeIfAbsent(t.units().get(i).speaker(), k -> speakers.size());
            styles[p] = "-fx-background-color: " + Colors.SPEAKER_BACKGROUNDS[s % Colors.SPEAKER_BACKGROUNDS.length]
                    + "; -fx-padding: 3 10 3 10;";
        }
        return styles;
    }

    private void restyle() {
        Transcript t = vm.transcriptProperty().get();
        if (t == null || area.getLength() != t.text().length()) {
            return;
        }
        area.setStyleSpans(0, spans(t, List.copyOf(vm.visibleCodings()), false));
        showMargin();
    }

    private void showMargin() {
        margin = Margin.of(paragraphStarts, List.copyOf(vm.visibleCodings()));
        Margin current = margin;
        // a new factory makes the area rebuild the margins of the visible paragraphs (only those exist)
        area.setParagraphGraphicFactory(p -> MarginCell.of(
                current,
                p,
                offset -> offset < area.getLength()
                        ? area.getCharacterBoundsOnScreen(offset, offset + 1)
                        : java.util.Optional.empty(),
                this::selectCodings));
    }

    /** A stripe or label clicked: the coding in the details panel and its text selected. */
    private void selectCodings(List<CodingMark> marks) {
        if (!marks.isEmpty() && marks.get(0).end() <= area.getLength()) {
            area.selectRange(marks.get(0).start(), marks.get(0).end());
        }
        vm.selectCodings(marks);
    }

    /** {@code withoutLineEnds}: for building a document, whose paragraphs do not count the line ends between them. */
    private static StyleSpans<String> spans(Transcript t, List<CodingMark> marks, boolean withoutLineEnds) {
        Map<String, Integer> speakers = new HashMap<>();
        Map<Integer, Integer> speakerAtOffset = new HashMap<>();
        for (TextUnit u : t.units()) {
            if (u.speaker() != null) {
                speakerAtOffset.put(u.start(), speakers.computeIfAbsent(u.speaker(), k -> speakers.size()));
            }
        }
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        // few distinct combinations of codes and speakers occur: build each style string once
        Map<String, String> styles = new HashMap<>();
        for (Segment s : Segments.of(t.text().length(), marks, t.units(), t.text())) {
            int length = s.length();
            if (withoutLineEnds) {
                for (int i = s.start(); i < s.end(); i++) {
                    length -= t.text().charAt(i) == '\n' ? 1 : 0;
                }
            }
            if (length > 0) {
                int speaker = speakerAtOffset.getOrDefault(s.start(), 0);
                StringBuilder key = new StringBuilder(s.speakerLabel() ? "L" + speaker : "-");
                s.marks().forEach(m -> key.append(m.color()));
                spans.add(styles.computeIfAbsent(key.toString(), k -> css(s, speaker)), length);
            }
        }
        return spans.create();
    }

    private static String css(Segment s, int speaker) {
        StringBuilder css = new StringBuilder();
        if (s.speakerLabel()) {
            css.append("-fx-font-weight: bold; -fx-fill: ")
                    .append(Colors.SPEAKER_NAMES[speaker % Colors.SPEAKER_NAMES.length])
                    .append(';');
        }
        if (!s.marks().isEmpty()) {
            css.append("-rtfx-background-color: ")
                    .append(Colors.highlight(
                            s.marks().stream().map(CodingMark::color).toList()))
                    .append(';');
            if (s.marks().size() > 1) {
                // overlaps: the innermost code underlines the passage in its own colour
                css.append("-rtfx-underline-color: ")
                        .append(Colors.safe(s.marks().get(s.marks().size() - 1).color()))
                        .append("; -rtfx-underline-width: 2;");
            }
        }
        return css.toString();
    }

    public Node node() {
        return scroll;
    }

    public InlineCssTextArea area() {
        return area;
    }

    /** Milliseconds the last transcript took to lay into the area (text, turn styles, highlights, margin). */
    public long lastRenderMillis() {
        return lastRenderMillis;
    }
}
