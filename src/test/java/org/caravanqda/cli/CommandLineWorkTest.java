package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Issue 17, "The command line": codebook edits, batch coding, units, where files are written. */
class CommandLineWorkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    String project;

    @BeforeEach
    void gum() {
        project = tmp.resolve("gum").toString();
        assertThat(CliRun.of("init", "-p", project, "--empty-codebook").exit()).isZero();
        Path gum = SharedData.file("corpus/en-transcripts/gum");
        CliRun imp = CliRun.of(
                "import",
                "-p",
                project,
                gum.resolve("GUM_interview_cyclone.txt").toString(),
                gum.resolve("GUM_court_property.txt").toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
    }

    private JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private int codings() throws Exception {
        return json("stats", "-p", project, "--format", "json").get("codings").asInt();
    }

    @Test
    void unitsListTurnsWithSpeakersAndOffsetsAndCountTurnsPerSpeaker() throws Exception {
        JsonNode units =
                json("units", "-p", project, "--document", "GUM_court_property", "--kind", "turn", "--format", "json");
        assertThat(units.get("document").asString()).isEqualTo("GUM_court_property.txt");
        JsonNode bySpeaker = units.get("turnsBySpeaker");
        // NOTES.md: GUM_court_property has 21 turns, Bailiff and Clerk among its six speakers
        assertThat(bySpeaker.has("Bailiff")).isTrue();
        assertThat(bySpeaker.has("Clerk")).isTrue();
        int turns = 0;
        for (var e : bySpeaker.properties()) {
            turns += e.getValue().asInt();
        }
        assertThat(units.get("units")).hasSize(turns);
        // the offsets are the ones `code --start/--end` takes: coding them codes exactly that text
        JsonNode first = units.get("units").get(0);
        CliRun code = CliRun.of(
                "code",
                "-p",
                project,
                "--document",
                "GUM_court_property",
                "--start",
                first.get("start").asString(),
                "--end",
                first.get("end").asString(),
                "--code",
                "x");
        assertThat(code.err()).contains("unknown code"); // no codes yet: refused, by name
        CliRun table = CliRun.of("units", "-p", project, "--document", "GUM_court_property");
        assertThat(table.out()).contains("speaker").contains("Bailiff").contains("turns");
        JsonNode sentences = json(
                "units",
                "-p",
                project,
                "--document",
                "GUM_interview_cyclone",
                "--kind",
                "sentence",
                "--format",
                "json");
        assertThat(sentences.get("units").size())
                .isGreaterThan(units.get("units").size());
        CliRun bad = CliRun.of("units", "-p", project, "--document", "GUM_court_property", "--kind", "line");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("turn, paragraph or sentence");
    }

    @Test
    void codebookEditsEachOneChange() throws Exception {
        assertThat(CliRun.of("codebook", "add", "-p", project, "Weather").out()).contains("added Weather");
        assertThat(CliRun.of("codebook", "add", "-p", project, "Weather/Cyclone", "--colour", "#112233")
                        .out())
                .contains("added Weather/Cyclone");
        assertThat(CliRun.of("codebook", "add", "-p", project, "Law").exit()).isZero();
        assertThat(CliRun.of("codebook", "rename", "-p", project, "Weather/Cyclone", "Storm/Cyclone")
                        .out())
                .contains("Weather/Storm\\/Cyclone");
        assertThat(CliRun.of("codebook", "recolour", "-p", project, "Weather/Storm\\/Cyclone", "#aa0000")
                        .exit())
                .isZero();
        assertThat(CliRun.of("codebook", "move", "-p", project, "Weather/Storm\\/Cyclone", "Law")
                        .out())
                .contains("Law/Storm\\/Cyclone");
        JsonNode codes = json("codebook", "list", "-p", project, "--format", "json");
        assertThat(codes.toString()).contains("Law/Storm\\\\/Cyclone").contains("#aa0000");
        assertThat(CliRun.of(
                                "code",
                                "-p",
                                project,
                                "--document",
                                "GUM_interview_cyclone",
                                "--start",
                                "0",
                                "--end",
                                "10",
                                "--code",
                                "Law/Storm\\/Cyclone")
                        .exit())
                .isZero();
        CliRun refused = CliRun.of("codebook", "delete", "-p", project, "Law");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("1 coding(s) in 1 document(s); nothing deleted")
                .contains("--force");
        assertThat(codings()).isEqualTo(1);
        CliRun forced = CliRun.of("codebook", "delete", "-p", project, "Law", "--force");
        assertThat(forced.out()).contains("deleted Law: 2 code(s), 1 coding(s) in 1 document(s)");
        assertThat(codings()).isZero();
        assertThat(json("codebook", "list", "-p", project, "--format", "json")).hasSize(1);
        CliRun unknown = CliRun.of("codebook", "delete", "-p", project, "Wether");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Weather");
    }

    /** 26 passages of the real transcript, as a researcher would list them. */
    private Path codingsCsv(int badRow) throws Exception {
        List<JsonNode> units = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (String doc : List.of("GUM_interview_cyclone", "GUM_court_property")) {
            json("units", "-p", project, "--document", doc, "--format", "json")
                    .get("units")
                    .forEach(u -> {
                        units.add(u);
                        docs.add(doc);
                    });
        }
        assertThat(units.size()).isGreaterThanOrEqualTo(26);
        StringBuilder csv = new StringBuilder("document,quote,start,end,code,coder,memo\n");
        for (int i = 0; i < 26; i++) {
            JsonNode u = units.get(i);
            String code = i == badRow - 1 ? "Wether" : (i % 2 == 0 ? "Weather" : "Weather/Damage");
            if (i % 3 == 0) { // by offsets
                csv.append(docs.get(i))
                        .append(",,")
                        .append(u.get("start").asInt())
                        .append(',')
                        .append(u.get("end").asInt());
            } else { // by the unit's first words, quoted as CSV quotes them
                String text = u.get("text").asString().strip();
                String quote = text.substring(0, Math.min(40, text.length())).strip();
                csv.append(docs.get(i))
                        .append(".txt,\"")
                        .append(quote.replace("\"", "\"\""))
                        .append("\",,");
            }
            csv.append(',')
                    .append(code)
                    .append(',')
                    .append(i % 2 == 0 ? "anna" : "")
                    .append(",row ")
                    .append(i + 1);
            csv.append('\n');
        }
        return Files.writeString(tmp.resolve("codings" + badRow + ".csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void batchCodingIsOneTransactionWithAPerRowReport() throws Exception {
        assertThat(CliRun.of("codebook", "add", "-p", project, "Weather").exit())
                .isZero();
        assertThat(CliRun.of("codebook", "add", "-p", project, "Weather/Damage").exit())
                .isZero();
        CliRun bad = CliRun.of("code", "-p", project, "--from", codingsCsv(17).toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("row 17 (line 18)").contains("Wether").contains("nothing was coded");
        assertThat(bad.out()).isEmpty();
        assertThat(codings()).isZero();

        CliRun ok = CliRun.of(
                "code", "-p", project, "--from", codingsCsv(0).toString(), "--coder", "ben", "--format", "json");
        assertThat(ok.exit()).as(ok.err()).isZero();
        JsonNode rows = JSON.readTree(ok.out());
        assertThat(rows).hasSize(26);
        List<String> coders = new ArrayList<>();
        rows.forEach(r -> coders.add(r.get("coder").asString()));
        assertThat(coders).containsOnly("anna", "ben");
        assertThat(rows.get(1).get("code").asString()).isEqualTo("Weather/Damage");
        assertThat(rows.get(25).get("row").asInt()).isEqualTo(26);
        assertThat(codings()).isEqualTo(26);
        CliRun memo = CliRun.of("codings", "-p", project, "--format", "json");
        assertThat(memo.out()).contains("row 26");

        CliRun text = CliRun.of("code", "-p", project, "--from", codingsCsv(0).toString());
        assertThat(text.out()).contains("coded 26 rows of codings0.csv in one transaction");
        CliRun mixed = CliRun.of("code", "-p", project, "--from", codingsCsv(0).toString(), "--code", "Weather");
        assertThat(mixed.exit()).isEqualTo(2); // a usage error
        assertThat(mixed.err()).contains("give only --coder");
    }

    @Test
    void everyCommandWritesABareNameToExportsAndAPathAsGiven() throws Exception {
        assertThat(CliRun.of("codebook", "add", "-p", project, "Weather").exit())
                .isZero();
        Path exports = Path.of(project, "exports");
        CliRun md = CliRun.of("codebook", "export", "-p", project, "book.md");
        assertThat(md.exit()).as(md.err()).isZero();
        assertThat(exports.resolve("book.md")).exists();
        assertThat(md.out()).contains("wrote " + exports.resolve("book.md").toAbsolutePath());
        CliRun xlsx = CliRun.of("export", "-p", project, "segments.xlsx");
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        assertThat(exports.resolve("segments.xlsx")).exists();
        assertThat(xlsx.out())
                .contains(exports.resolve("segments.xlsx").toAbsolutePath().toString());
        CliRun zip = CliRun.of("backup", "-p", project, "b.zip");
        assertThat(zip.exit()).as(zip.err()).isZero();
        assertThat(exports.resolve("b.zip")).exists();
        assertThat(zip.out()).contains(exports.resolve("b.zip").toAbsolutePath().toString());
        Path elsewhere = tmp.resolve("out").resolve("book.qdc");
        Files.createDirectories(elsewhere.getParent());
        CliRun qdc = CliRun.of("codebook", "export", "-p", project, elsewhere.toString());
        assertThat(qdc.exit()).as(qdc.err()).isZero();
        assertThat(elsewhere).exists();
        assertThat(qdc.out()).contains("wrote " + elsewhere);
    }
}
