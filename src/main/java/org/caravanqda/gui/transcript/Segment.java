package org.caravanqda.gui.transcript;

import java.util.List;

/** A stretch of text covered by the same codings (empty: uncoded); {@code speakerLabel} marks a turn's "Name:". */
public record Segment(int start, int end, List<CodingMark> marks, boolean speakerLabel) {
    public int length() {
        return end - start;
    }
}
