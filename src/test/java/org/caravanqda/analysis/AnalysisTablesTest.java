package org.caravanqda.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;

/** Hand-counted small cases: parents aggregate, overlaps count once, pairs are not double counted. */
class AnalysisTablesTest {
    // A (1) with children A/B (2), A/C (3); D (4)
    static final Codebook BOOK =
            new Codebook(List.of(code(1, null, "A"), code(2, 1L, "B"), code(3, 1L, "C"), code(4, null, "D")));
    static final CodeIndex CODES = new CodeIndex(BOOK);
    //                           0         1         2         3
    //                           0123456789012345678901234567890123456789
    static final String TEXT = "И: один два три\nР: четыре пять шесть семь";
    static final List<TextUnit> UNITS = List.of(
            new TextUnit(0, UnitKind.TURN, "И", 0, 15, null), new TextUnit(1, UnitKind.TURN, "Р", 16, 40, null));

    static Code code(long id, Long parent, String name) {
        return new Code(id, "g" + id, parent, name, "#FF0000", null, null, null, null, true, (int) id);
    }

    static Coding coding(long id, long code, String coder, int start, int end) {
        return new Coding(id, "c" + id, 7, code, coder, start, end, Instant.EPOCH, null);
    }

    static CodedDocument doc(Coding... codings) {
        List<Coding> list = new ArrayList<>(List.of(codings));
        list.sort(java.util.Comparator.comparingInt(Coding::start));
        return new CodedDocument(7, "d.txt", TEXT, UNITS, list);
    }

    @Test
    void parentRowsAggregateAndOverlappingTextCountsOnce() {
        FrequencyCounter f = new FrequencyCounter(CODES);
        // B "один два" twice (two coders), C "два три", D in the other turn
        f.add(doc(
                coding(1, 2, "anna", 3, 11),
                coding(2, 2, "timur", 3, 11),
                coding(3, 3, "anna", 8, 15),
                coding(4, 4, "anna", 19, 30)));
        f.add(new CodedDocument(8, "e.txt", TEXT, UNITS, List.of()));
        FrequencyTable t = f.table();
        FrequencyTable.Row a = t.rows().get(0);
        assertThat(a.path().toString()).isEqualTo("A");
        assertThat(a.codings()).isEqualTo(3);
        assertThat(a.words()).isEqualTo(3); // один два три, the overlap once
        assertThat(a.documentsWithCode()).isEqualTo(1);
        assertThat(a.perDocument()).containsExactly(3, 0);
        assertThat(t.rows().get(1).words()).isEqualTo(2);
        assertThat(t.total().codings()).isEqualTo(4);
        assertThat(t.total().words()).isEqualTo(5); // один два три + четыре пять
        assertThat(t.total().documentsWithCode()).isEqualTo(1);
    }

    @Test
    void cooccurrenceCountsUnitsAndOverlappingPairsOnce() {
        CooccurrenceCounter c = new CooccurrenceCounter(CODES);
        c.add(doc(
                coding(1, 2, "anna", 3, 11),
                coding(2, 2, "timur", 3, 11),
                coding(3, 3, "anna", 8, 15),
                coding(4, 4, "anna", 19, 30)));
        CooccurrenceTable t = c.table();
        assertThat(t.codes()).extracting(Object::toString).containsExactly("A", "A/B", "A/C", "D");
        int a = 0;
        int b = 1;
        int cc = 2;
        int d = 3;
        assertThat(t.units()[b][cc]).isEqualTo(1);
        assertThat(t.units()[a][d]).isZero();
        assertThat(t.units()[a][a]).isEqualTo(1);
        assertThat(t.overlaps()[b][b]).isEqualTo(1); // the two coders' B codings
        assertThat(t.overlaps()[b][cc]).isEqualTo(2).isEqualTo(t.overlaps()[cc][b]);
        assertThat(t.overlaps()[a][b]).isEqualTo(3); // (B,B), (B,C) x2: each pair once
        assertThat(t.pairs()).extracting(p -> p.a() + "|" + p.b()).containsExactly("A/B|A/C");
    }

    @Test
    void speakerComesFromTheUnitHoldingTheStart() {
        UnitIndex u = new UnitIndex(UNITS);
        assertThat(u.speakerAt(3, 11)).isEqualTo("И");
        assertThat(u.speakerAt(15, 20)).isEqualTo("Р"); // starts on the line break between turns
        assertThat(u.overlapping(10, 20)).containsExactly(0, 2);
    }

    @Test
    void contextWordsAroundASegment() {
        assertThat(ContextWords.before(TEXT, 19, 2)).isEqualTo("три Р:");
        assertThat(ContextWords.after(TEXT, 30, 2)).isEqualTo("шесть семь");
        assertThat(ContextWords.after(TEXT, TEXT.length(), 3)).isEmpty();
    }

    @Test
    void numbersAreBinnedRoundlyAndFewValuesStayThemselves() {
        List<Object> ages = new ArrayList<>(List.of(24.0, 27.0, 29.0, 31.0, 33.0, 34.0, 38.0, 41.0, 45.0));
        ages.add(null);
        AttributeBins bins = AttributeBins.of(AttributeType.NUMBER, ages, 5);
        assertThat(bins.labels())
                .containsExactly("20-24", "25-29", "30-34", "35-39", "40-44", "45-49", AttributeBins.MISSING);
        assertThat(bins.labelOf().apply(31.0)).isEqualTo("30-34");
        assertThat(AttributeBins.of(AttributeType.NUMBER, List.of(1.0, 2.0, 2.0), 5)
                        .labels())
                .containsExactly("1", "2");
        assertThat(AttributeBins.of(AttributeType.DATE, List.of(LocalDate.of(2022, 3, 5), LocalDate.of(2022, 9, 23)), 5)
                        .labels())
                .containsExactly("2022-03", "2022-09");
        assertThat(AttributeBins.of(AttributeType.TEXT, List.of("Bishkek", "Almaty"), 5)
                        .labels())
                .containsExactly("Almaty", "Bishkek");
        assertThat(AttributeBins.roundWidth(4.2)).isEqualTo(5);
        assertThat(AttributeBins.roundWidth(0.13)).isEqualTo(0.2);
    }

    @Test
    void matrixCountsDocumentsAndCodingsPerValue() {
        MatrixCounter m =
                new MatrixCounter("city", CODES, AttributeBins.of(AttributeType.TEXT, List.of("Almaty", "Bishkek"), 5));
        m.add(doc(coding(1, 2, "anna", 3, 11), coding(3, 3, "anna", 8, 15)), "Almaty");
        m.add(doc(coding(4, 4, "anna", 19, 30)), "Bishkek");
        MatrixTable t = m.table();
        assertThat(t.values()).containsExactly("Almaty", "Bishkek");
        assertThat(t.codes()).extracting(Object::toString).containsExactly("A", "A/B", "A/C", "D");
        assertThat(t.documents()[0]).containsExactly(1, 0);
        assertThat(t.codings()[0]).containsExactly(2, 0);
        assertThat(t.codings()[3]).containsExactly(0, 1);
        assertThat(t.documentsPerValue()).containsExactly(1, 1);
    }
}
