package org.caravanqda.gui.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.caravanqda.model.TextUnit;

/**
 * Cuts the text into segments at every coding and speaker-label boundary, so that each segment
 * is drawn with one style. Overlapping codings give segments with several marks (drawn darker,
 * underlined in the inner code's colour). A sweep: O((n + b) log b) for n codings, b boundaries.
 */
public final class Segments {
    private Segments() {}

    public static List<Segment> of(int length, List<CodingMark> marks, List<TextUnit> units, String text) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<int[]> labels = speakerLabels(units, text);
        labels.forEach(l -> {
            cuts.add(l[0]);
            cuts.add(l[1]);
        });
        marks.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        List<CodingMark> byStart = new ArrayList<>(marks);
        byStart.sort(Comparator.comparingInt(CodingMark::start));
        List<CodingMark> open = new ArrayList<>();
        List<Segment> out = new ArrayList<>();
        int next = 0;
        int label = 0;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int from = prev;
                open.removeIf(m -> m.end() <= from);
                while (next < byStart.size() && byStart.get(next).start() <= from) {
                    if (byStart.get(next).end() > from) {
                        open.add(byStart.get(next));
                    }
                    next++;
                }
                while (label < labels.size() && labels.get(label)[1] <= from) {
                    label++;
                }
                boolean isLabel = label < labels.size() && labels.get(label)[0] <= from;
                List<CodingMark> here = new ArrayList<>(open);
                // the shortest coding last: it is the innermost, whose colour the underline shows
                here.sort(Comparator.comparingInt(CodingMark::length).reversed());
                out.add(new Segment(from, cut, List.copyOf(here), isLabel));
            }
            prev = cut;
        }
        return out;
    }

    /** The "Name:" at the start of each turn, when the text there begins with the speaker's name. */
    static List<int[]> speakerLabels(List<TextUnit> units, String text) {
        List<int[]> out = new ArrayList<>();
        for (TextUnit u : units) {
            if (u.speaker() != null && text.startsWith(u.speaker(), u.start())) {
                int end = u.start() + u.speaker().length();
                if (end < u.end() && text.charAt(end) == ':') {
                    end++;
                }
                out.add(new int[] {u.start(), end});
            }
        }
        return out;
    }
}
