package org.caravanqda.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.caravanqda.model.Span;
import org.junit.jupiter.api.Test;

class UnitLevelTest {
    private static final boolean[] BOTH = {true, true};

    @Test
    void aUnitIsCodedWhenACodingOverlapsIt() {
        List<Span> units = List.of(new Span(0, 10), new Span(11, 20), new Span(21, 30), new Span(31, 40));
        // first coder: units 0 and 1 (one coding across both); second: unit 1 by one character, unit 3
        List<Mark> marks = List.of(new Mark(0, 0, 5, 15), new Mark(1, 0, 19, 20), new Mark(1, 0, 35, 36));
        ComparedDocument doc = new ComparedDocument("d", 40, units, BOTH, marks);
        CohenTable t = CohenTable.of(
                AgreementAnalysis.compute(List.of(doc), 2, 1, false).rows().get(0));
        assertThat(t.total()).isEqualTo(4);
        assertThat(t.cell(1, 1)).isEqualTo(1);
        assertThat(t.cell(1, 0)).isEqualTo(1);
        assertThat(t.cell(0, 1)).isEqualTo(1);
        assertThat(t.cell(0, 0)).isEqualTo(1);
    }

    @Test
    void aDomainRatesTheChildAppliedAndMissingWhereNone() {
        List<Span> units = List.of(new Span(0, 10), new Span(10, 20), new Span(20, 30), new Span(30, 40));
        List<Mark> marks = List.of(
                new Mark(0, 0, 0, 10),
                new Mark(1, 0, 0, 10), // unit 0: both category 0
                new Mark(0, 1, 10, 20),
                new Mark(1, 2, 10, 20), // unit 1: 1 vs 2
                new Mark(0, 2, 20, 30), // unit 2: only the first coder -> not pairable
                new Mark(0, 1, 30, 33),
                new Mark(0, 2, 33, 40),
                new Mark(1, 2, 30, 40)); // unit 3: 2 (most) vs 2
        ComparedDocument doc = new ComparedDocument("d", 40, units, BOTH, marks);
        AgreementTables t = AgreementAnalysis.compute(List.of(doc), 2, 3, true);
        AgreementResult s = AgreementStatistics.of(t.overall());
        assertThat(s.units()).isEqualTo(3);
        assertThat(s.agreement()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.brennanPredigerKappa()).isCloseTo((2 / 3.0 - 1 / 3.0) / (1 - 1 / 3.0), within(1e-12));
        assertThat(t.conflicts()).isEqualTo(1);
    }

    @Test
    void sentencesOfRussianAndEnglishText() {
        String text = "Мы уехали в марте. Почему? Потому что молчать было нельзя!\n\nWe left. Then we stayed";
        List<String> sentences =
                UnitSpans.sentences(text, "ru").stream().map(s -> s.of(text)).toList();
        assertThat(sentences)
                .containsExactly(
                        "Мы уехали в марте.",
                        "Почему?",
                        "Потому что молчать было нельзя!",
                        "We left.",
                        "Then we stayed");
    }

    @Test
    void paragraphsSplitAStoredTurnAtBlankLines() {
        String text = "И: Почему?\n\nР: Первое.\nЕщё строка.\n\n  Второе.\n";
        List<Span> stored = List.of(new Span(0, 10), new Span(12, text.length() - 1));
        assertThat(UnitSpans.paragraphs(text, stored).stream()
                        .map(s -> s.of(text))
                        .toList())
                .containsExactly("И: Почему?", "Р: Первое.\nЕщё строка.", "Второе.");
    }

    @Test
    void disagreementsMergeAdjacentStretchesWithTheSameCodes() {
        List<Mark> marks = List.of(new Mark(0, 0, 0, 50), new Mark(1, 0, 20, 50), new Mark(1, 1, 60, 70));
        ComparedDocument doc = new ComparedDocument("d", 100, null, BOTH, marks);
        List<DisagreementSpan> d = Disagreements.in(doc, 2, 2);
        assertThat(d)
                .containsExactly(
                        new DisagreementSpan(0, 20, List.of(List.of(0), List.of())),
                        new DisagreementSpan(60, 70, List.of(List.of(), List.of(1))));
    }
}
