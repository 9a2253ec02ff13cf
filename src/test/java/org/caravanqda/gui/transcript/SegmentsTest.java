package org.caravanqda.gui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;

class SegmentsTest {
    private static final String TEXT = "Анна: Мы уехали в Алматы весной.\n";

    static CodingMark mark(long id, int start, int end, String color) {
        return new CodingMark(id, id, "Code " + id, "Code " + id, color, "anna", start, end, Instant.EPOCH, null);
    }

    @Test
    void cutsAtEveryBoundaryAndKeepsOverlapsTogether() {
        CodingMark wide = mark(1, 6, 32, "#ff0000");
        CodingMark inner = mark(2, 18, 24, "#0000ff");
        List<Segment> segments = Segments.of(TEXT.length(), List.of(wide, inner), List.of(), TEXT);

        assertThat(segments).extracting(Segment::start).containsExactly(0, 6, 18, 24, 32);
        assertThat(segments.get(2).marks()).containsExactly(wide, inner); // innermost last: it underlines
        assertThat(segments.get(1).marks()).containsExactly(wide);
        assertThat(segments.get(0).marks()).isEmpty();
        assertThat(segments.stream().mapToInt(Segment::length).sum()).isEqualTo(TEXT.length());
    }

    @Test
    void marksTheSpeakerLabelOfATurn() {
        TextUnit turn = new TextUnit(0, UnitKind.TURN, "Анна", 0, TEXT.length() - 1, null);
        List<Segment> segments = Segments.of(TEXT.length(), List.of(), List.of(turn), TEXT);
        assertThat(segments.get(0)).satisfies(s -> {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo("Анна:");
            assertThat(s.speakerLabel()).isTrue();
        });
        assertThat(segments.get(1).speakerLabel()).isFalse();
    }

    @Test
    void overlapsDrawDarkerThanSingleCodings() {
        String one = Colors.highlight(List.of("#ff0000"));
        String two = Colors.highlight(List.of("#ff0000", "#0000ff"));
        assertThat(one).isEqualTo("rgba(255,0,0,0.26)");
        assertThat(two).isEqualTo("rgba(127,0,127,0.36)");
    }
}
