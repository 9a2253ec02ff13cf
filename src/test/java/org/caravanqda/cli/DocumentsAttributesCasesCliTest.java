package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * caravan document rename|delete, attributes list|add|set and cases import|list|create|rename|assign|delete
 * on the demo project: the index follows, bad input changes nothing (exit 1), case: queries find
 * a case's documents, and cases survive a REFI-QDA round trip.
 */
class DocumentsAttributesCasesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    static Path demoTemplate;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildDemo() {
        demoTemplate = shared.resolve("demo");
        new DemoService(TestApp.app()).build(demoTemplate, Progress.NONE);
    }

    /** A fresh copy of the demo project for one test. */
    private String demo() throws Exception {
        Path dir = tmp.resolve("demo");
        try (var files = Files.walk(demoTemplate)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(demoTemplate.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, to);
                }
            }
        }
        return dir.toString();
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<String> names(String demo) throws Exception {
        List<String> out = new ArrayList<>();
        json("documents", "-p", demo, "--format", "json")
                .forEach(d -> out.add(d.get("name").asString()));
        return out;
    }

    private static TreeSet<String> hitDocuments(String demo, String query) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        json("search", "-p", demo, query, "--in", "documents", "--format", "json")
                .get("hits")
                .forEach(h -> out.add(h.get("document").asString()));
        return out;
    }

    @Test
    void renameAndDeleteADocumentAndTheIndexFollows() throws Exception {
        String demo = demo();
        List<String> before = names(demo);
        String first = before.get(0);
        String second = before.get(1);
        int codings =
                json("stats", "-p", demo, "--format", "json").get("codings").asInt();
        assertThat(hitDocuments(demo, "doc:\"" + first + "\"")).containsExactly(first);
        assertThat(hitDocuments(demo, "doc:\"" + second + "\"")).containsExactly(second);

        // bad input: another document's name, a blank name, an unknown document: exit 1, nothing changed
        for (String[] bad : List.of(
                new String[] {first, second}, new String[] {first, "  "}, new String[] {"no such interview", "x.txt"
                })) {
            CliRun r = CliRun.of("document", "rename", "-p", demo, bad[0], bad[1]);
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("caravan:").doesNotContain("Exception");
        }
        assertThat(names(demo)).isEqualTo(before);

        CliRun renamed = CliRun.of("document", "rename", "-p", demo, first, "Интервью 01 (переименовано).txt");
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(names(demo)).contains("Интервью 01 (переименовано).txt").doesNotContain(first);
        assertThat(hitDocuments(demo, "doc:\"Интервью 01 (переименовано).txt\""))
                .containsExactly("Интервью 01 (переименовано).txt");
        assertThat(json("stats", "-p", demo, "--format", "json").get("codings").asInt())
                .isEqualTo(codings);

        // a coded document is refused without --force
        int own = 0;
        for (JsonNode d : json("documents", "-p", demo, "--format", "json")) {
            if (d.get("name").asString().equals(second)) {
                own = d.get("codings").asInt();
            }
        }
        assertThat(own).as("the demo codes its second document").isPositive();
        CliRun refused = CliRun.of("document", "delete", "-p", demo, second);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(own + " coding(s)").contains("--force");
        assertThat(names(demo)).contains(second);

        CliRun deleted = CliRun.of("document", "delete", "-p", demo, second, "--force");
        assertThat(deleted.exit()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("deleted " + second + " with " + own + " coding(s)");
        assertThat(names(demo)).doesNotContain(second).hasSize(before.size() - 1);
        assertThat(json("stats", "-p", demo, "--format", "json").get("codings").asInt())
                .isEqualTo(codings - own);
        assertThat(hitDocuments(demo, "doc:\"" + second + "\"")).isEmpty();
        assertThat(hitDocuments(demo, "doc:\"" + before.get(2) + "\"")).containsExactly(before.get(2));
    }

    @Test
    void attributeListEqualsDocumentsAndTypedValuesAreChecked() throws Exception {
        String demo = demo();
        JsonNode sheet = json("attributes", "list", "-p", demo, "--format", "json");
        JsonNode docs = json("documents", "-p", demo, "--format", "json");
        assertThat(sheet.get("documents")).hasSize(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            assertThat(sheet.get("documents").get(i).get("name"))
                    .isEqualTo(docs.get(i).get("name"));
            assertThat(sheet.get("documents").get(i).get("attributes"))
                    .isEqualTo(docs.get(i).get("attributes"));
        }
        String doc = docs.get(0).get("name").asString();
        String number = null;
        for (var e : sheet.get("attributes").properties()) {
            if (e.getValue().asString().equals("number")) {
                number = e.getKey();
            }
        }
        assertThat(number).as("the demo has a number attribute").isNotNull();
        CliRun bad = CliRun.of("attributes", "set", "-p", demo, doc, number, "thirty");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("'thirty' is not a number");
        assertThat(json("attributes", "list", "-p", demo, "--format", "json")).isEqualTo(sheet);

        assertThat(CliRun.of("attributes", "add", "-p", demo, "Interviewed", "--type", "date")
                        .exit())
                .isZero();
        assertThat(CliRun.of("attributes", "add", "-p", demo, "interviewed").exit())
                .isEqualTo(1);
        assertThat(CliRun.of("attributes", "set", "-p", demo, doc, "Interviewed", "15.03.2024")
                        .exit())
                .isZero();
        assertThat(CliRun.of("attributes", "set", "-p", demo, doc, number, "41,5")
                        .exit())
                .isZero();
        JsonNode after =
                json("documents", "-p", demo, "--format", "json").get(0).get("attributes");
        assertThat(after.get("Interviewed").asString()).isEqualTo("2024-03-15");
        assertThat(after.get(number).asDouble()).isEqualTo(41.5);
        // --if-version: the version the list showed; an older one is refused with one line, nothing changed
        long seen = json("attributes", "list", "-p", demo, "--format", "json")
                .get("documents")
                .get(0)
                .get("versions")
                .get(number)
                .asLong();
        assertThat(seen).isPositive();
        CliRun stale =
                CliRun.of("attributes", "set", "-p", demo, doc, number, "50", "--if-version", Long.toString(seen - 1));
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.err().strip())
                .contains("changed by someone else")
                .contains("41.5")
                .contains("nothing was changed")
                .doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(json("documents", "-p", demo, "--format", "json")
                        .get(0)
                        .get("attributes")
                        .get(number)
                        .asDouble())
                .isEqualTo(41.5);
        assertThat(CliRun.of("attributes", "set", "-p", demo, doc, number, "50", "--if-version", Long.toString(seen))
                        .exit())
                .isZero();
        // the attribute query sees the new value
        assertThat(hitDocuments(demo, "attr.Interviewed:2024-03-15")).containsExactly(doc);
    }

    @Test
    void casesFromCsvFindTheirDocumentsAndSurviveRefi() throws Exception {
        String demo = demo();
        List<String> docs = names(demo);
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(
                bad,
                "case,document,cohort\nМарина," + docs.get(0) + ",2022\nМарина," + docs.get(1)
                        + ",2022\nDaniel,nope.txt,2023\n");
        CliRun refused = CliRun.of("cases", "import", "-p", demo, bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.csv row 4").contains("nope.txt").contains("nothing was changed");
        assertThat(json("cases", "list", "-p", demo, "--format", "json")).isEmpty();
        Path clash = tmp.resolve("clash.csv");
        Files.writeString(
                clash, "case,document,cohort\nМарина," + docs.get(0) + ",2022\nМарина," + docs.get(1) + ",2023\n");
        CliRun clashing = CliRun.of("cases", "import", "-p", demo, clash.toString());
        assertThat(clashing.exit()).isEqualTo(1);
        assertThat(clashing.err()).contains("clash.csv row 3").contains("cohort");

        Path good = tmp.resolve("cases.csv");
        Files.writeString(
                good,
                "case,document,cohort\nМарина," + docs.get(0) + ",2022\nМарина," + docs.get(1) + ",\nDaniel,"
                        + docs.get(2) + ",2023\n");
        CliRun imported = CliRun.of("cases", "import", "-p", demo, good.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("2 case(s) from cases.csv (2 new), 3 document(s), 2 attribute value(s)");
        JsonNode cases = json("cases", "list", "-p", demo, "--format", "json");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(1).get("name").asString()).isEqualTo("Марина");
        assertThat(cases.get(1).get("attributes").get("cohort").asInt()).isEqualTo(2022);
        assertThat(hitDocuments(demo, "case:Марина")).containsExactlyInAnyOrder(docs.get(0), docs.get(1));
        assertThat(hitDocuments(demo, "case:Daniel")).containsExactly(docs.get(2));

        // one at a time: make, give documents, rename, delete
        assertThat(CliRun.of("cases", "create", "-p", demo, "Aigerim", docs.get(3))
                        .exit())
                .isZero();
        assertThat(CliRun.of("cases", "create", "-p", demo, "aigerim").exit()).isEqualTo(1);
        assertThat(CliRun.of("cases", "assign", "-p", demo, "Aigerim", docs.get(3), docs.get(4))
                        .exit())
                .isZero();
        assertThat(CliRun.of("cases", "rename", "-p", demo, "Aigerim", "Айгерим")
                        .exit())
                .isZero();
        assertThat(hitDocuments(demo, "case:Айгерим")).containsExactlyInAnyOrder(docs.get(3), docs.get(4));
        assertThat(CliRun.of("cases", "delete", "-p", demo, "Daniel").exit()).isZero();
        assertThat(CliRun.of("cases", "delete", "-p", demo, "Daniel").exit()).isEqualTo(1);
        assertThat(names(demo)).isEqualTo(docs);

        // REFI-QDA round trip keeps the cases, their documents and values
        Path qdpx = tmp.resolve("cases.qdpx");
        CliRun export = CliRun.of("export", "-p", demo, qdpx.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(org.caravanqda.io.refi.RefiFiles.qdpxSchemaErrors(qdpx)).isEmpty();
        String copy = tmp.resolve("copy").toString();
        CliRun init = CliRun.of("init", "-p", copy, "--from", qdpx.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        JsonNode back = json("cases", "list", "-p", copy, "--format", "json");
        assertThat(back).hasSize(2);
        assertThat(back.get(0).get("name").asString()).isEqualTo("Айгерим");
        assertThat(back.get(0).get("documents")).hasSize(2);
        assertThat(back.get(1).get("name").asString()).isEqualTo("Марина");
        assertThat(back.get(1).get("attributes").get("cohort").asInt()).isEqualTo(2022);
        assertThat(hitDocuments(copy, "case:Марина")).hasSize(2);
    }
}
