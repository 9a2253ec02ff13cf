package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code caravan table} and {@code caravan export} on the demo project, as the CLI contract states them. */
class TableAndExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static String project;

    @BeforeAll
    static void demo() {
        project = new DemoService(TestApp.app())
                .build(tmp.resolve("demo"), Progress.NONE)
                .project()
                .toString();
    }

    @Test
    void frequenciesAggregateSubCodesAndTotalAllCodings() throws Exception {
        CliRun r = CliRun.of("table", "-p", project, "frequencies", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode t = JSON.readTree(r.out());
        assertThat(t.get("table").asString()).isEqualTo("Frequencies");
        JsonNode rows = t.get("rows");
        int parent = 0;
        int children = 0;
        for (JsonNode row : rows) {
            String code = row.get("code").asString();
            if (code.equals("Exit as voice")) {
                parent = row.get("codings").asInt();
                assertThat(row.get("documents").asInt()).isBetween(1, 9);
            } else if (code.startsWith("Exit as voice/")) {
                children += row.get("codings").asInt();
            }
        }
        assertThat(parent).isGreaterThanOrEqualTo(children).isGreaterThan(0);
        JsonNode total = rows.get(rows.size() - 1);
        assertThat(total.get("codings").asInt()).isEqualTo(90);
        assertThat(total.get("ru-01-almaty-marina.txt").asInt()).isPositive();
        // -p after the subcommand works too, and the coder filter narrows the count
        JsonNode anna =
                JSON.readTree(CliRun.of("table", "frequencies", "-p", project, "--coder", "anna", "--format", "json")
                        .out());
        int annas =
                anna.get("rows").get(anna.get("rows").size() - 1).get("codings").asInt();
        assertThat(annas).isPositive().isLessThan(90);
    }

    @Test
    void cooccurrenceAndMatrixInEveryFormat() throws Exception {
        CliRun co = CliRun.of("table", "-p", project, "cooccurrence", "--format", "csv");
        assertThat(co.exit()).as(co.err()).isZero();
        assertThat(co.out().lines().findFirst().orElseThrow())
                .isEqualTo("code A,code B,units with both,overlapping segment pairs");
        assertThat(co.out().lines().count()).isGreaterThan(2);

        CliRun m = CliRun.of(
                "table",
                "-p",
                project,
                "matrix",
                "--by",
                "destination",
                "--documents",
                "ru-01-almaty-marina,en-02-almaty-vera.txt,ru-02-astana-sergey");
        assertThat(m.exit()).as(m.err()).isZero();
        assertThat(m.out())
                .contains("Almaty (n=2): documents")
                .contains("Astana (n=1): documents")
                .doesNotContain("Bishkek");

        JsonNode age = JSON.readTree(CliRun.of("table", "-p", project, "matrix", "--by", "age", "--format", "json")
                .out());
        assertThat(age.get("columns").toString()).contains("30-34 (n=3): documents");
    }

    @Test
    void badNamesExitOneWithOneLine() {
        CliRun attr = CliRun.of("table", "-p", project, "matrix", "--by", "city");
        assertThat(attr.exit()).isEqualTo(1);
        assertThat(attr.err().strip())
                .doesNotContain("\n")
                .contains("unknown attribute 'city'")
                .contains("destination");
        CliRun coder = CliRun.of("export", "-p", project, "x.xlsx", "--coder", "boris");
        assertThat(coder.exit()).isEqualTo(1);
        assertThat(coder.err()).contains("unknown coder 'boris'");
        CliRun format = CliRun.of("export", "-p", project, "x.docx");
        assertThat(format.exit()).isEqualTo(1);
        assertThat(format.err().strip())
                .doesNotContain("\n")
                .contains("cannot export to '.docx' (use .csv or .xlsx for the coded segments, .qdpx for the whole"
                        + " project (REFI-QDA), .qdc for the codebook)");
        // the one Markdown file Caravan writes is the codebook: the refusal names the command that writes it
        CliRun markdown = CliRun.of("export", "-p", project, "codebook.md");
        assertThat(markdown.exit()).isEqualTo(1);
        assertThat(markdown.err().strip())
                .doesNotContain("\n")
                .contains("cannot export to '.md'")
                .endsWith(
                        "the codebook as Markdown comes from codebook export: caravan codebook export -p DIR FILE.md");
        assertThat(CliRun.of("table", "-p", project, "matrix").exit()).isEqualTo(2);
    }

    @Test
    void exportWritesIntoTheProjectsExportsFolder() {
        CliRun r = CliRun.of("export", "-p", project, "coded.xlsx", "--context", "4");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote ").contains("coded.xlsx: 90 segments from 9 documents");
        assertThat(Path.of(project, "exports", "coded.xlsx")).isRegularFile();
        // a query that only some documents answer: the summary says how many of them the segments come from
        CliRun some = CliRun.of(
                "export", "-p", project, "mobilisation.csv", "--query", "code:\"Exit as voice/Refusing mobilisation\"");
        assertThat(some.exit()).as(some.err()).isZero();
        assertThat(some.out()).contains("mobilisation.csv: 5 segments from 3 of 9 documents");
        CliRun csv = CliRun.of("export", "-p", project, "coded.csv", "--bom", "--coder", "timur");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(Path.of(project, "exports", "coded.csv")).isRegularFile();
    }
}
