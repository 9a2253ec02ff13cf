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

    @Test
    void separateCodingsInOneParagraphKeepLanesOfTheirOwnAndKnowWhereTheyEnd() {
        // three codings in paragraph 3 ("Потом в Бишкек."), none overlapping: three lanes, not one
        CodingMark a = mark(1, 22, 27, "#ff0000");
        CodingMark b = mark(2, 28, 29, "#00ff00");
        CodingMark c = mark(3, 30, 37, "#0000ff");
        Margin m = Margin.of(Margin.paragraphStarts(TEXT), List.of(a, b, c));
        assertThat(m.stripes(3)).extracting(Margin.Stripe::lane).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(m.stripes(3)).allMatch(s -> s.first() && s.last());
        // a coding over paragraphs 2..3 ends in 3, not in 2
        Margin over = Margin.of(Margin.paragraphStarts(TEXT), List.of(mark(4, 14, 37, "#ff0000")));
        assertThat(over.stripes(2))
                .singleElement()
                .satisfies(s -> assertThat(s.last()).isFalse());
        assertThat(over.stripes(3))
                .singleElement()
                .satisfies(s -> assertThat(s.last()).isTrue());
    }

    @Test
    void paleCodeColoursAreDarkenedForTextUntilTheyReadOnWhite() {
        assertThat(Colors.contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(Colors.contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.api.Assertions.within(0.01));
        for (String pale : List.of("#39D07C", "#D4AD49", "#ffff00", "#A239D0", "#ffffff", "nonsense")) {
            assertThat(Colors.contrast(Colors.textOn(pale, "#ffffff"), "#ffffff"))
                    .as(pale)
                    .isGreaterThanOrEqualTo(Colors.TEXT_CONTRAST);
        }
        // a colour dark enough already is kept as it is
        assertThat(Colors.textOn("#1D61A5", "#ffffff")).isEqualTo("#1d61a5");
    }

    @Test
    void codesSharingAColourGetDistinctShades() {
        CodingMark parent = new CodingMark(1, 10, "A", "A", "#3974D0", "anna", 0, 5, java.time.Instant.EPOCH, null);
        CodingMark child1 = new CodingMark(2, 11, "A/x", "x", "#3974d0", "anna", 0, 5, java.time.Instant.EPOCH, null);
        CodingMark child2 = new CodingMark(3, 12, "A/y", "y", "#3974D0", "anna", 0, 5, java.time.Instant.EPOCH, null);
        CodingMark other = new CodingMark(4, 13, "B", "B", "#A51D1D", "anna", 0, 5, java.time.Instant.EPOCH, null);
        Margin m = Margin.of(Margin.paragraphStarts("hello"), List.of(parent, child1, child2, other));
        assertThat(List.of(m.stripeColor(parent), m.stripeColor(child1), m.stripeColor(child2)))
                .doesNotHaveDuplicates();
        assertThat(m.stripeColor(parent)).isEqualTo("#3974d0");
        assertThat(m.stripeColor(other)).isEqualTo("#a51d1d");
    }
}
