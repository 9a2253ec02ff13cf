package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** caravan memo add|list|show|edit|remove, the export's Memos sheet, and memos through REFI-QDA and back. */
class MemoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    String demo;
    String doc;

    @BeforeEach
    void demo() throws Exception {
        demo = tmp.resolve("demo").toString();
        new DemoService(TestApp.app()).build(Path.of(demo), Progress.NONE);
        doc = JSON.readTree(
                        CliRun.of("documents", "-p", demo, "--format", "json").out())
                .get(0)
                .get("name")
                .asString();
    }

    private JsonNode add(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("memo", "add", "-p", demo, "--format", "json"));
        all.addAll(List.of(args));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void addListShowEditRemoveWithJson() throws Exception {
        JsonNode onDoc = add("--document", doc, "--title", "Первое впечатление", "--text", "Семья в центре");
        assertThat(onDoc.get("on").asString()).isEqualTo("document");
        assertThat(onDoc.get("target").asString()).isEqualTo(doc);
        JsonNode onCode = add("--code", "Exit as voice", "--text", "Where voice ends", "--coder", "timur");
        assertThat(onCode.get("author").asString()).isEqualTo("timur");
        Path file = Files.writeString(tmp.resolve("plan.txt"), "Line one\nLine two\n");
        JsonNode onProject = add("--title", "Plan", "--text-file", file.toString());
        assertThat(onProject.get("on").asString()).isEqualTo("project");
        assertThat(onProject.get("text").asString()).isEqualTo("Line one\nLine two");

        JsonNode list = JSON.readTree(
                CliRun.of("memo", "list", "-p", demo, "--format", "json").out());
        assertThat(list).hasSize(3);
        JsonNode filtered = JSON.readTree(CliRun.of("memo", "list", "-p", demo, "--filter", "семья", "--format", "json")
                .out());
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("id").asLong()).isEqualTo(onDoc.get("id").asLong());
        CliRun csv = CliRun.of("memo", "list", "-p", demo, "--on", "code", "--format", "csv");
        assertThat(csv.out().lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("id,on,target,title,memo,author,created,edited");
        assertThat(CliRun.of("memo", "list", "-p", demo).out())
                .contains("3 memos")
                .contains("Первое впечатление");

        String id = onCode.get("id").asString();
        CliRun edit = CliRun.of("memo", "edit", "-p", demo, id, "--text", "Changed", "--format", "json");
        assertThat(edit.exit()).as(edit.err()).isZero();
        assertThat(JSON.readTree(edit.out()).get("edited").isNull()).isFalse();
        assertThat(CliRun.of("memo", "show", "-p", demo, id).out())
                .contains("Changed")
                .contains("Exit as voice");
        assertThat(CliRun.of("memo", "remove", "-p", demo, id).out()).contains("removed memo " + id);
        CliRun gone = CliRun.of("memo", "show", "-p", demo, id);
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err().strip()).isEqualTo("caravan: no memo with id " + id + " (see: caravan memo list)");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        for (String[] c : List.of(
                new String[] {"memo", "add", "-p", demo, "--document", "nobody", "--text", "x"},
                new String[] {"memo", "add", "-p", demo, "--coding", "99999", "--text", "x"},
                new String[] {"memo", "add", "-p", demo, "--text", " "},
                new String[] {"memo", "list", "-p", demo, "--on", "everything"},
                new String[] {"memo", "edit", "-p", demo, "1"})) {
            CliRun r = CliRun.of(c);
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("caravan: ").doesNotContain("\n");
        }
        assertThat(CliRun.of("memo", "add", "-p", demo, "--document", "a", "--code", "b", "--text", "x")
                        .exit())
                .isEqualTo(2);
        assertThat(CliRun.of("memo", "list", "-p", demo).out()).contains("0 memos");
    }

    @Test
    void memosReachTheExcelExportAsAMemosSheet() throws Exception {
        add("--document", doc, "--title", "Первое впечатление", "--text", "Семья в центре");
        add("--code", "Exit as voice", "--text", "Where voice ends");
        add("--text", "Project plan");
        CliRun export = CliRun.of("export", "-p", demo, tmp.resolve("all.xlsx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(tmp.resolve("all.xlsx").toFile())) {
            Sheet memos = wb.getSheet("Memos");
            assertThat(memos).as("a Memos sheet").isNotNull();
            List<String> texts = new ArrayList<>();
            for (Row r : memos) {
                texts.add(r.getCell(1).getStringCellValue() + "|" + r.getCell(2).getStringCellValue() + "|"
                        + r.getCell(4).getStringCellValue());
            }
            assertThat(texts)
                    .containsExactly(
                            "on|target|memo",
                            "document|" + doc + "|Семья в центре",
                            "code|Exit as voice|Where voice ends",
                            "project|project|Project plan");
        }
        // a document left out of the export leaves its memo out too
        String other = JSON.readTree(
                        CliRun.of("documents", "-p", demo, "--format", "json").out())
                .get(1)
                .get("name")
                .asString();
        CliRun part = CliRun.of("export", "-p", demo, tmp.resolve("part.xlsx").toString(), "--documents", other);
        assertThat(part.exit()).as(part.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(tmp.resolve("part.xlsx").toFile())) {
            assertThat(wb.getSheet("Memos").getPhysicalNumberOfRows()).isEqualTo(3);
        }
    }

    @Test
    void memosOnDocumentsCodesAndTheProjectSurviveARefiRoundTrip() throws Exception {
        add("--document", doc, "--title", "Первое впечатление", "--text", "Семья в центре");
        add("--code", "Exit as voice", "--title", "Scope", "--text", "Where voice ends");
        add("--title", "Plan", "--text", "Project plan");
        CliRun export = CliRun.of("export", "-p", demo, tmp.resolve("p.qdpx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(org.caravanqda.io.refi.RefiFiles.qdpxSchemaErrors(tmp.resolve("p.qdpx")))
                .isEmpty();
        String copy = tmp.resolve("copy").toString();
        CliRun init =
                CliRun.of("init", "-p", copy, "--from", tmp.resolve("p.qdpx").toString());
        assertThat(init.exit()).as(init.err()).isZero();
        JsonNode memos = JSON.readTree(
                CliRun.of("memo", "list", "-p", copy, "--format", "json").out());
        List<String> seen = new ArrayList<>();
        memos.forEach(
                m -> seen.add(m.get("on").asString() + "|" + m.get("target").asString() + "|"
                        + m.get("title").asString() + "|" + m.get("text").asString()));
        assertThat(seen)
                .contains(
                        "document|" + doc + "|Первое впечатление|Семья в центре",
                        "code|Exit as voice|Scope|Where voice ends",
                        "project|project|Plan|Project plan");
    }
}
