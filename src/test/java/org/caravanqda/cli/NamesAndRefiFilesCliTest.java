package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravanqda.SharedData;
import org.caravanqda.io.refi.RefiFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Issue 17, "Attributes and names": labels, unknown names in queries, '/' in code names, REFI users and files. */
class NamesAndRefiFilesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String gumProject() throws Exception {
        String project = tmp.resolve("gum").toString();
        assertThat(CliRun.of("init", "-p", project).exit()).isZero();
        Path gum = SharedData.file("corpus/en-transcripts/gum");
        Path a = gum.resolve("GUM_interview_cyclone.txt");
        Path b = gum.resolve("GUM_court_property.txt");
        Path attrs = Files.writeString(
                tmp.resolve("attrs.csv"),
                "document,returned,вернулся\nGUM_interview_cyclone.txt,yes,да\nGUM_court_property.txt,no,нет\n",
                StandardCharsets.UTF_8);
        CliRun imp = CliRun.of("import", "-p", project, a.toString(), b.toString(), "--attributes", attrs.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        return project;
    }

    @Test
    void yesNoColumnsKeepTheirLabelsInListsTablesAndQueries() throws Exception {
        String project = gumProject();
        JsonNode docs = JSON.readTree(
                CliRun.of("documents", "-p", project, "--format", "json").out());
        for (JsonNode d : docs) {
            String returned = d.get("attributes").get("returned").asString();
            assertThat(returned).isIn("yes", "no");
            assertThat(d.get("attributes").get("вернулся").asString()).isEqualTo(returned.equals("yes") ? "да" : "нет");
        }
        CliRun yes = CliRun.of("search", "-p", project, "attr.returned:yes", "--in", "documents", "--format", "json");
        assertThat(yes.exit()).as(yes.err()).isZero();
        JsonNode hits = JSON.readTree(yes.out()).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("document").asString()).isEqualTo("GUM_interview_cyclone.txt");
        CliRun da = CliRun.of("search", "-p", project, "attr.вернулся:нет", "--in", "documents", "--format", "json");
        assertThat(JSON.readTree(da.out()).get("hits").get(0).get("document").asString())
                .isEqualTo("GUM_court_property.txt");
        // the matrix by a yes/no column is headed by the labels, not true/false
        String code = JSON.readTree(CliRun.of("codebook", "list", "-p", project, "--format", "json")
                        .out())
                .get(1)
                .get("path")
                .asString();
        assertThat(CliRun.of(
                                "code",
                                "-p",
                                project,
                                "--document",
                                "GUM_interview_cyclone",
                                "--start",
                                "0",
                                "--end",
                                "20",
                                "--code",
                                code)
                        .exit())
                .isZero();
        CliRun matrix = CliRun.of("table", "matrix", "-p", project, "--by", "returned", "--format", "csv");
        assertThat(matrix.exit()).as(matrix.err()).isZero();
        assertThat(matrix.out()).contains("yes").doesNotContain("true");
    }

    @Test
    void aQueryNamingWhatDoesNotExistSaysSoWithTheNearestNames() throws Exception {
        String project = gumProject();
        CliRun r = CliRun.of(
                "search",
                "-p",
                project,
                "speaker:Morisey OR doc:GUM_court_propety OR coder:nobody",
                "--format",
                "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("total").asInt()).isZero(); // stdout stays JSON
        assertThat(r.err())
                .contains("no speaker named 'Morisey'; nearest: Morrissey")
                .contains("no document named 'GUM_court_propety'; nearest: GUM_court_property")
                .contains("no coder named 'nobody'");
        CliRun known = CliRun.of(
                "search", "-p", project, "speaker:Morrissey AND doc:\"GUM_interview_cyclone.txt\"", "--in", "units");
        assertThat(known.exit()).isZero();
        assertThat(known.err()).isEmpty();
        assertThat(known.out()).doesNotStartWith("0 hits");
        CliRun code = CliRun.of("search", "-p", project, "code:Hosing");
        assertThat(code.err()).contains("no code named 'Hosing'");
        CliRun wildcard = CliRun.of("search", "-p", project, "speaker:Morr*");
        assertThat(wildcard.err()).isEmpty();
        // tables and exports filtered by a query say it too, their output unchanged
        CliRun table =
                CliRun.of("table", "frequencies", "-p", project, "--query", "speaker:Morisey", "--format", "csv");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.err()).contains("no speaker named 'Morisey'; nearest: Morrissey");
        assertThat(table.out()).doesNotContain("warning");
        Path csv = Files.createTempDirectory("names").resolve("segments.csv");
        CliRun export = CliRun.of("export", "-p", project, csv.toString(), "--query", "doc:GUM_court_propety");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("no document named 'GUM_court_propety'; nearest: GUM_court_property");
    }

    @Test
    void aSlashInACodeNameSurvivesQdcAndQdpx() throws Exception {
        // the standard's codebook example, one code renamed as MAXQDA names them
        String qdc = Files.readString(RefiFiles.sample("spec-annexA1__refi-spec__codebook-example.qdc"))
                .replace("name=\"Health care\"", "name=\"Negativ/Aufgeregt\"");
        assertThat(qdc).contains("Negativ/Aufgeregt");
        Path in = Files.writeString(tmp.resolve("book.qdc"), qdc, StandardCharsets.UTF_8);
        String project = tmp.resolve("p").toString();
        CliRun init = CliRun.of("init", "-p", project, "--codebook", in.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        JsonNode codes = JSON.readTree(
                CliRun.of("codebook", "list", "-p", project, "--format", "json").out());
        JsonNode slashed = null;
        for (JsonNode c : codes) {
            if (c.get("name").asString().equals("Negativ/Aufgeregt")) {
                slashed = c;
            }
        }
        assertThat(slashed).as(codes.toString()).isNotNull();
        assertThat(slashed.get("path").asString()).isEqualTo("Negativ\\/Aufgeregt");
        // the escaped path names it on the command line
        Path txt = Files.writeString(tmp.resolve("t.txt"), "A: Ich war so aufgeregt.\nB: Warum?\n");
        assertThat(CliRun.of("import", "-p", project, txt.toString()).exit()).isZero();
        CliRun coded = CliRun.of(
                "code",
                "-p",
                project,
                "--document",
                "t",
                "--quote",
                "so aufgeregt",
                "--code",
                "Negativ\\/Aufgeregt",
                "--coder",
                "anna");
        assertThat(coded.exit()).as(coded.err()).isZero();
        CliRun found = CliRun.of("search", "-p", project, "code:\"Negativ/Aufgeregt\"", "--format", "json");
        assertThat(JSON.readTree(found.out()).get("total").asInt()).isEqualTo(1);
        assertThat(found.err()).isEmpty();

        Path outQdc = tmp.resolve("out.qdc");
        assertThat(CliRun.of("codebook", "export", "-p", project, outQdc.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(outQdc))
                .contains("name=\"Negativ/Aufgeregt\"")
                .doesNotContain("Negativ-");
        Path outQdpx = tmp.resolve("out.qdpx");
        assertThat(CliRun.of("export", "-p", project, outQdpx.toString()).exit())
                .isZero();
        String copy = tmp.resolve("copy").toString();
        CliRun back = CliRun.of("init", "-p", copy, "--from", outQdpx.toString());
        assertThat(back.exit()).as(back.err()).isZero();
        CliRun again = CliRun.of("search", "-p", copy, "code:\"Negativ\\\\/Aufgeregt\"");
        assertThat(again.out()).startsWith("1 hits");
    }

    @Test
    void usersWithoutCodingsArriveAndImportTakesWhatInitFromTakes() throws Exception {
        // NVivo for Mac: two users, only "chrisp" made codings
        Path nvivo = RefiFiles.sample("nvivo-mac-15.0.0__qualitative-coding__nvivo_project.qdpx");
        String a = tmp.resolve("a").toString();
        CliRun init = CliRun.of("init", "-p", a, "--from", nvivo.toString(), "--format", "json");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(JSON.readTree(init.out()).get("coders").asInt()).isEqualTo(2);

        // a bare .qde and a .zip holding a project: import takes them as init --from does
        Path qde = RefiFiles.sample("atlasti-mac-8.4.0__refi-spec-annexA2__sky-loom__Project.qde");
        String b = tmp.resolve("b").toString();
        assertThat(CliRun.of("init", "-p", b, "--empty-codebook").exit()).isZero();
        CliRun imp = CliRun.of("import", "-p", b, qde.toString(), "--format", "json");
        assertThat(imp.exit()).as(imp.err()).isZero();
        JsonNode r = JSON.readTree(imp.out());
        assertThat(r.get("coders").asInt()).isEqualTo(3); // three users, none of whose texts is in the file
        assertThat(r.get("memos").asInt()).isEqualTo(2); // its two notes
        Path zip = Files.copy(nvivo, tmp.resolve("project.zip"));
        String c = tmp.resolve("c").toString();
        assertThat(CliRun.of("init", "-p", c, "--empty-codebook").exit()).isZero();
        CliRun fromZip = CliRun.of("import", "-p", c, zip.toString());
        assertThat(fromZip.exit()).as(fromZip.err()).isZero();
        assertThat(fromZip.out()).contains("262 codes added");

        // a codebook given where a project is expected names the command that takes it
        Path book = RefiFiles.sample("spec-annexA1__refi-spec__codebook-example.qdc");
        CliRun wrong = CliRun.of("init", "-p", tmp.resolve("d").toString(), "--from", book.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("is a REFI-QDA codebook").contains("--codebook");
        assertThat(tmp.resolve("d")).doesNotExist();
        CliRun wrongImport = CliRun.of("import", "-p", b, book.toString());
        assertThat(wrongImport.exit()).isEqualTo(1);
        assertThat(wrongImport.err()).contains("codebook import");
    }
}
