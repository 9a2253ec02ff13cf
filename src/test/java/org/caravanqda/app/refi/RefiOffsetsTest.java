package org.caravanqda.app.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offsets are read in the writing tool's unit, checked against the text, and a guess is reported. */
class RefiOffsetsTest {
    static final String TEXT = "Line one\r\nЛиния два 🙂 here\r\nThird line\r\n";
    static final String CODE = "aaaaaaaa-0000-4000-8000-000000000001";

    @TempDir
    Path tmp;

    /** {start, end} of {@code quote} in TEXT, counted in the given reading. */
    static long[] positions(String quote, OffsetReading reading) {
        int a = TEXT.indexOf(quote);
        int b = a + quote.length();
        int[] table = reading.table(TEXT);
        long start = -1;
        long end = -1;
        for (int p = 0; p < table.length; p++) {
            if (table[p] == a) {
                start = p;
            }
            if (table[p] == b) {
                end = p;
            }
        }
        return new long[] {start, end};
    }

    static RefiProject project(
            String origin,
            List<RefiProject.Selection> selections,
            List<RefiProject.Case> cases,
            List<RefiProject.Variable> variables) {
        RefiProject.Source src = new RefiProject.Source(
                "bbbbbbbb-0000-4000-8000-000000000001",
                "doc",
                TEXT,
                null,
                null,
                null,
                selections,
                List.of(),
                List.of(),
                List.of());
        return new RefiProject(
                "t",
                origin,
                null,
                List.of(),
                List.of(new CodeDraft(CODE, "Code", null, null, null, null, null, true, List.of())),
                Map.of(),
                variables,
                cases,
                List.of(src),
                List.of(),
                List.of(),
                List.of());
    }

    static RefiProject.Selection selection(String guid, String name, long[] pos, boolean coded) {
        return new RefiProject.Selection(
                guid,
                name,
                pos[0],
                pos[1],
                null,
                null,
                coded ? null : "a comment",
                coded ? List.of(new RefiProject.Coding(null, CODE, null, null, List.of())) : List.of(),
                List.of());
    }

    private String importAndQuote(RefiProject refi, List<String> warnings, List<String> notImported) {
        try (Project p = TestApp.app().create(tmp.resolve("p" + System.nanoTime()), "t", "en", null, true)) {
            RefiImportReport r = p.refiImports().importProject(refi, "test.qdpx", "tester");
            warnings.addAll(r.warnings());
            notImported.addAll(r.notImported());
            return StoreAccess.of(p).read(s -> {
                List<Coding> c = s.codings().find(CodingFilter.ALL);
                if (c.isEmpty()) {
                    return null;
                }
                Document d = s.documents().byId(c.get(0).documentId()).orElseThrow();
                return String.join(
                        "|",
                        c.stream()
                                .map(x -> d.text().substring(x.start(), x.end()))
                                .toList());
            });
        }
    }

    @Test
    void atlasCountsCrlfAsOne() {
        String quote = "Third line";
        List<String> w = new java.util.ArrayList<>();
        List<String> n = new java.util.ArrayList<>();
        String got = importAndQuote(
                project(
                        "ATLAS.ti 23.4.0",
                        List.of(selection(
                                "cccccccc-0000-4000-8000-000000000001",
                                "",
                                positions(quote, OffsetReading.UTF16_CRLF_AS_ONE),
                                true)),
                        List.of(),
                        List.of()),
                w,
                n);
        assertThat(got).isEqualTo(quote);
        assertThat(w).isEmpty();
        assertThat(n).isEmpty();
    }

    @Test
    void nvivoAndQualCoderCountUtf16WithCrlfAsTwo() {
        String quote = "here\r\nThird";
        List<String> w = new java.util.ArrayList<>();
        String got = importAndQuote(
                project(
                        "QualCoder 3.6",
                        List.of(selection(
                                "cccccccc-0000-4000-8000-000000000001",
                                null,
                                positions(quote, OffsetReading.UTF16),
                                true)),
                        List.of(),
                        List.of()),
                w,
                new java.util.ArrayList<>());
        assertThat(got).isEqualTo(quote);
        assertThat(w).isEmpty();
    }

    @Test
    void aReadingThatFitsTheQuotedNamesBetterWinsWithAWarning() {
        // says NVivo, but counts like ATLAS.ti: the quoted text in the names tells
        String q1 = "Third line";
        String q2 = "Линия два 🙂 here";
        List<String> w = new java.util.ArrayList<>();
        String got = importAndQuote(
                project(
                        "NVivo 14",
                        List.of(
                                selection(
                                        "cccccccc-0000-4000-8000-000000000001",
                                        q1,
                                        positions(q1, OffsetReading.CODE_POINTS_CRLF_AS_ONE),
                                        true),
                                selection(
                                        "cccccccc-0000-4000-8000-000000000002",
                                        q2,
                                        positions(q2, OffsetReading.CODE_POINTS_CRLF_AS_ONE),
                                        true)),
                        List.of(),
                        List.of()),
                w,
                new java.util.ArrayList<>());
        assertThat(got).isEqualTo(q2 + "|" + q1);
        assertThat(w).hasSize(1).allMatch(s -> s.contains("instead of"));
    }

    @Test
    void anUnknownWriterOnAmbiguousTextIsAGuess() {
        List<String> w = new java.util.ArrayList<>();
        importAndQuote(
                project(
                        null,
                        List.of(selection(
                                "cccccccc-0000-4000-8000-000000000001",
                                null,
                                positions("Third", OffsetReading.UTF16),
                                true)),
                        List.of(),
                        List.of()),
                w,
                new java.util.ArrayList<>());
        assertThat(w).hasSize(1).allMatch(s -> s.contains("unknown writer"));
    }

    @Test
    void selectionsOutsideTheTextOrCuttingAnEmojiAreReportedAndAnnotationsKept() {
        List<String> n = new java.util.ArrayList<>();
        int emoji = TEXT.indexOf("🙂");
        String got = importAndQuote(
                project(
                        "Caravan 1",
                        List.of(
                                new RefiProject.Selection(
                                        "cccccccc-0000-4000-8000-000000000001",
                                        null,
                                        5,
                                        500,
                                        null,
                                        null,
                                        null,
                                        List.of(new RefiProject.Coding(null, CODE, null, null, List.of())),
                                        List.of()),
                                new RefiProject.Selection(
                                        "cccccccc-0000-4000-8000-000000000003",
                                        null,
                                        0,
                                        0,
                                        null,
                                        null,
                                        null,
                                        List.of(new RefiProject.Coding(null, CODE, null, null, List.of())),
                                        List.of()),
                                selection("cccccccc-0000-4000-8000-000000000002", null, new long[] {0, 4}, false)),
                        List.of(),
                        List.of()),
                new java.util.ArrayList<>(),
                n);
        assertThat(got).isNull();
        assertThat(n)
                .hasSize(2)
                .anyMatch(s -> s.contains("outside the text"))
                .anyMatch(s -> s.contains("select nothing"));
        assertThat(emoji).isPositive();
    }

    @Test
    void variablesOnUnnamedCasesGoToTheirDocuments() {
        RefiProject.Variable age = new RefiProject.Variable("dddddddd-0000-4000-8000-000000000001", "age", "Integer");
        RefiProject.Variable when =
                new RefiProject.Variable("dddddddd-0000-4000-8000-000000000002", "left", "DateTime");
        RefiProject refi = project(
                "MAXQDA 24",
                List.of(),
                List.of(
                        new RefiProject.Case(
                                "eeeeeeee-0000-4000-8000-000000000001",
                                null,
                                null,
                                List.of("bbbbbbbb-0000-4000-8000-000000000001"),
                                List.of(new RefiProject.Value(age.guid(), "41"))),
                        new RefiProject.Case(
                                "eeeeeeee-0000-4000-8000-000000000002",
                                "Марина",
                                "participant",
                                List.of("bbbbbbbb-0000-4000-8000-000000000001"),
                                List.of(
                                        new RefiProject.Value(when.guid(), "2022-09-25T08:00:00Z"),
                                        new RefiProject.Value(age.guid(), "forty")))),
                List.of(age, when));
        try (Project p = TestApp.app().create(tmp.resolve("cases"), "t", "en", null, true)) {
            RefiImportReport r = p.refiImports().importProject(refi, "test.qdpx", "tester");
            assertThat(r.cases()).isEqualTo(1);
            assertThat(r.attributeValues()).isEqualTo(2);
            assertThat(r.notImported()).anyMatch(s -> s.contains("'forty'"));
            assertThat(r.warnings()).anyMatch(s -> s.contains("time of day"));
            StoreAccess.of(p).read(s -> {
                assertThat(s.attributes()
                                .byDocument()
                                .values()
                                .iterator()
                                .next()
                                .get(0)
                                .value())
                        .isEqualTo(41.0);
                assertThat(s.cases().all())
                        .singleElement()
                        .satisfies(c -> assertThat(c.documentIds()).hasSize(1));
                assertThat(s.cases().values().values().iterator().next().get(0).value())
                        .isEqualTo(java.time.LocalDate.of(2022, 9, 25));
                return null;
            });
        }
    }
}
