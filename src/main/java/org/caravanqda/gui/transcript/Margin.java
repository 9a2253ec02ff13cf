package org.caravanqda.gui.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The coding stripes beside the text, as MAXQDA and NVivo draw them: every coding gets a lane
 * (a column) it keeps over all the paragraphs it covers, and its code name is written at the
 * paragraph where it begins. Lanes are reused greedily, so overlapping codings sit side by side.
 */
public final class Margin {
    /** A stripe in one paragraph; {@code first}: the coding begins in this paragraph (its label goes here). */
    public record Stripe(int lane, CodingMark mark, boolean first) {}

    private final List<List<Stripe>> byParagraph;
    private final int lanes;

    private Margin(List<List<Stripe>> byParagraph, int lanes) {
        this.byParagraph = byParagraph;
        this.lanes = lanes;
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
        List<Integer> laneEnds = new ArrayList<>();
        for (CodingMark m : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > m.start()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(m.end());
            } else {
                laneEnds.set(lane, m.end());
            }
            int first = paragraphOf(paragraphStarts, m.start());
            int last = paragraphOf(paragraphStarts, Math.max(m.start(), m.end() - 1));
            for (int p = first; p <= last; p++) {
                rows.get(p).add(new Stripe(lane, m, p == first));
            }
        }
        return new Margin(rows, laneEnds.size());
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
