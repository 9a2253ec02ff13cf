package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class SearchCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static String project;

    @BeforeAll
    static void demo() {
        project = tmp.resolve("demo").toString();
        assertThat(CliRun.of("demo", "--dir", project).exit()).isZero();
    }

    @Test
    void searchJsonHasTheContractShape() throws Exception {
        CliRun r = CliRun.of(
                "search", "-p", project, "code:\"Exit as voice\" AND text:(уехать OR молчать)", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("total").asInt()).isPositive();
        JsonNode hit = root.get("hits").get(0);
        for (String key : new String[] {"document", "start", "end", "speaker", "codes", "coder", "text", "snippet"}) {
            assertThat(hit.has(key)).as(key).isTrue();
        }
        assertThat(hit.get("codes").get(0).asString()).startsWith("Exit as voice");
        assertThat(hit.get("snippet").asString()).contains("**");
    }

    @Test
    void queryRestrictsTablesAndExportsToTheSegmentsItFinds() throws Exception {
        int exitVoice = JSON.readTree(CliRun.of("codings", "-p", project, "--code", "Exit as voice", "--format", "json")
                        .out())
                .size();
        CliRun export = CliRun.of("export", "-p", project, "exit.csv", "--query", "code:\"Exit as voice\"");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains(exitVoice + " segments");
        JsonNode table = JSON.readTree(CliRun.of(
                        "table", "-p", project, "frequencies", "--query", "code:\"Economic push\"", "--format", "json")
                .out());
        assertThat(table.get("rows")).allSatisfy(row -> {
            if (!row.get("code").asString().startsWith("Economic push")
                    && !row.get("code").asString().startsWith("(")) {
                assertThat(row.get("codings").asInt()).isZero();
            }
        });
        assertThat(CliRun.of("table", "-p", project, "frequencies", "--query", "text:(")
                        .exit())
                .isEqualTo(1);
    }

    /** Issue #18: a Russian headword searches its own forms; wide: every lemma; --explain says which, on stderr. */
    @Test
    void headwordQueriesAreNarrowWideIsWideAndExplainSaysWhich() throws Exception {
        CliRun narrow = CliRun.of("search", "-p", project, "бывший", "--in", "units", "--format", "json");
        CliRun wide = CliRun.of("search", "-p", project, "wide:бывший", "--in", "units", "--format", "json");
        assertThat(narrow.exit()).as(narrow.err()).isZero();
        int narrowHits = JSON.readTree(narrow.out()).get("total").asInt();
        int wideHits = JSON.readTree(wide.out()).get("total").asInt();
        assertThat(narrowHits).isPositive();
        assertThat(wideHits).isGreaterThan(narrowHits); // была, было, будет: forms of быть
        JSON.readTree(narrow.out())
                .get("hits")
                .forEach(h -> assertThat(h.get("text").asString().toLowerCase(java.util.Locale.ROOT))
                        .contains("бывш"));

        CliRun explained =
                CliRun.of("search", "-p", project, "бывший", "--in", "units", "--format", "json", "--explain");
        assertThat(explained.exit()).as(explained.err()).isZero();
        assertThat(explained.out()).isEqualTo(narrow.out()); // stdout unchanged for scripts
        assertThat(explained.err()).contains("text (Russian): бывший").contains("forms found: бывшая");
        // the forms found come first; the languages that found nothing share one line at the end
        String err = explained.err();
        assertThat(err.indexOf("forms found")).isLessThan(err.indexOf("(no forms found)"));
        assertThat(err.lines().filter(l -> l.endsWith("(no forms found)"))).hasSize(1);
        assertThat(err.lines()
                        .filter(l -> l.endsWith("(no forms found)"))
                        .findFirst()
                        .orElseThrow())
                .contains("text (English)")
                // the demo holds no Kazakh transcript: the word is not searched as Kazakh (docs/search.md)
                .doesNotContain("text (Kazakh)");
        CliRun explainedWide = CliRun.of("search", "-p", project, "wide:бывший", "--explain");
        assertThat(explainedWide.err()).contains("бывший, быть").contains("была");
    }

    @Test
    void aSyntaxErrorExitsOneAndPointsAtTheProblem() {
        CliRun r = CliRun.of("search", "-p", project, "text:(уехать OR");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("caravan: query syntax:").doesNotContain("\n");
        assertThat(CliRun.of("search", "-p", project, "нельзя", "--in", "everywhere")
                        .exit())
                .isEqualTo(1);
    }

    @Test
    void autocodeDryRunThenRunThenCheck() {
        CliRun dry = CliRun.of(
                "autocode",
                "-p",
                project,
                "--query",
                "ИИН",
                "--code",
                "Migration infrastructure/Documents and registration",
                "--unit",
                "sentence",
                "--coder",
                "robot",
                "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("would code");
        CliRun run = CliRun.of(
                "autocode",
                "-p",
                project,
                "--query",
                "ИИН",
                "--code",
                "Migration infrastructure/Documents and registration",
                "--unit",
                "sentence",
                "--coder",
                "robot");
        assertThat(run.out()).contains("codings created");
        CliRun check = CliRun.of("check", "-p", project);
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("ok");
        CliRun reindex = CliRun.of("reindex", "-p", project);
        assertThat(reindex.out()).contains("reindexed 9 documents");
    }
}
