package org.caravanqda.gui.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The coding stripes beside the text, as MAXQDA and NVivo draw them: every coding gets a lane
 * (a column) it keeps over all the paragraphs it covers, and its code name is written at the
 * line where it begins. Lanes are reused greedily, so overlapping codings sit side by side; a lane
 * is not reused within the paragraph where its last coding ended, so separate codings in one
 * paragraph each keep a stripe of their own. Within a paragraph {@link MarginCell} draws a stripe
 * from the line where the coding starts to the line where it ends.
 */
public final class Margin {
    /**
     * A stripe in one paragraph; {@code first}: the coding begins in this paragraph (its label goes
     * here); {@code last}: it ends in this paragraph.
     */
    public record Stripe(int lane, CodingMark mark, boolean first, boolean last) {}

    private final List<List<Stripe>> byParagraph;
    private final int lanes;
    private final int[] paragraphStarts;
    private final java.util.Map<Long, String> shades;

    private Margin(
            List<List<Stripe>> byParagraph, int lanes, int[] paragraphStarts, java.util.Map<Long, String> shades) {
        this.byParagraph = byParagraph;
        this.lanes = lanes;
        this.paragraphStarts = paragraphStarts;
        this.shades = shades;
    }

    /** {@code paragraphStarts}: offset where each paragraph (line) begins, ascending, first 0. */
    public static Margin of(int[] paragraphStarts, List<CodingMark> marks) {
        List<List<Stripe>> rows = new ArrayList<>();
        for (int i = 0; i < paragraphStarts.length; i++) {
            rows.add(new ArrayList<>());
        }
        List<CodingMark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(CodingMark::start)
                .thenComparing(Comparator.comparingInt(CodingMark::end).reversed()));
        // per lane, the paragraph where its last coding ends: free for a coding beginning in a later paragraph
        List<Integer> laneLast = new ArrayList<>();
        for (CodingMark m : sorted) {
            int first = paragraphOf(paragraphStarts, m.start());
            int last = paragraphOf(paragraphStarts, Math.max(m.start(), m.end() - 1));
            int lane = 0;
            while (lane < laneLast.size() && laneLast.get(lane) >= first) {
                lane++;
            }
            if (lane == laneLast.size()) {
                laneLast.add(last);
            } else {
                laneLast.set(lane, last);
            }
            for (int p = first; p <= last; p++) {
                rows.get(p).add(new Stripe(lane, m, p == first, p == last));
            }
        }
        return new Margin(rows, laneLast.size(), paragraphStarts, Colors.shades(marks));
    }

    /** Offset where paragraph {@code p} begins in the text. */
    public int paragraphStart(int p) {
        return p < paragraphStarts.length ? paragraphStarts[p] : 0;
    }

    /** The colour a coding's stripe is drawn in: its code's, or a shade of it when another code shares that colour. */
    public String stripeColor(CodingMark m) {
        return shades.getOrDefault(m.codeId(), Colors.safe(m.color()));
    }

    public static int paragraphOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Paragraph starts of a text whose paragraphs are its lines. */
    public static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<Stripe> stripes(int paragraph) {
        return paragraph < byParagraph.size() ? byParagraph.get(paragraph) : List.of();
    }

    public int lanes() {
        return lanes;
    }
}
