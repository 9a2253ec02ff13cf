package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caravan table --format csv > file.csv} (as the README shows): code names and attribute
 * values that start like a formula get the same apostrophe as the CSV export.
 */
class TableCsvInjectionTest {
    @TempDir
    Path tmp;

    @Test
    void tableCsvNeverCarriesAFormula() throws Exception {
        String p = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", p, "--empty-codebook").exit()).isZero();
        Path qdc = Files.writeString(
                tmp.resolve("c.qdc"),
                "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                        + "<Code guid=\"aaaaaaaa-0000-4000-8000-000000000001\" name=\"+SUM(9)\" isCodable=\"true\"/></Codes></CodeBook>");
        assertThat(CliRun.of("codebook", "import", "-p", p, qdc.toString()).exit())
                .isZero();
        Path doc = Files.writeString(tmp.resolve("a.txt"), "Р: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
        Path csv = Files.writeString(
                tmp.resolve("attrs.csv"), "document,origin\na.txt,\"=HYPERLINK(\"\"http://x\"\")\"\n");
        assertThat(CliRun.of("import", "-p", p, doc.toString(), "--attributes", csv.toString())
                        .exit())
                .isZero();
        assertThat(CliRun.of("code", "-p", p, "--document", "a.txt", "--quote", "Верхний", "--code", "+SUM(9)")
                        .exit())
                .isZero();
        CliRun table = CliRun.of("table", "-p", p, "matrix", "--by", "origin", "--format", "csv");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("'+SUM(9)", "'=HYPERLINK(")
                .doesNotContain(",+SUM", ",=HYPERLINK", "\n+SUM", "\n=HYPERLINK");
    }
}
