package org.caravanqda.gui.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravanqda.gui.transcript.SegmentsTest.mark;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarginTest {
    private static final String TEXT = "И: Когда?\n\nР: Весной.\nПотом в Бишкек.\n";

    @Test
    void paragraphsAreLines() {
        assertThat(Margin.paragraphStarts(TEXT)).containsExactly(0, 10, 11, 22, 38);
        assertThat(Margin.paragraphOf(Margin.paragraphStarts(TEXT), 15)).isEqualTo(2);
    }

    @Test
    void aCodingKeepsItsLaneOverItsParagraphsAndIsLabelledWhereItBegins() {
        CodingMark long1 = mark(1, 14, 37, "#ff0000"); // paragraphs 2..3
        CodingMark short2 = mark(2, 23, 28, "#00ff00"); // paragraph 3, overlaps long1
        CodingMark later = mark(3, 3, 8, "#0000ff"); // paragraph 0, free lane 0
        Margin m = Margin.of(Margin.paragraphStarts(TEXT), List.of(long1, short2, later));

        assertThat(m.lanes()).isEqualTo(2);
        assertThat(m.stripes(2)).singleElement().satisfies(s -> {
            assertThat(s.mark()).isEqualTo(long1);
            assertThat(s.first()).isTrue();
        });
        assertThat(m.stripes(3))
                .extracting(Margin.Stripe::lane, Margin.Stripe::first)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(0, false), org.assertj.core.groups.Tuple.tuple(1, true));
        assertThat(m.stripes(0)).extracting(Margin.Stripe::lane).containsExactly(0);
        assertThat(m.stripes(1)).isEmpty();
    }
}
