package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The stable CLI contract: commands, JSON shapes, exit codes 0 / 1 / 2, one clear line on errors. */
class CliContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String project;

    @BeforeEach
    void init() throws Exception {
        project = tmp.resolve("p").toString();
        CliRun init = CliRun.of("init", "-p", project);
        assertThat(init.exit()).as(init.err()).isZero();
        Path t = tmp.resolve("almaty-olga.txt");
        Files.writeString(
                t,
                "Интервьюер: Почему вы уехали?\n\nОльга: Молчать было нельзя. Я уехала в Алматы.\n\n"
                        + "Интервьюер: А работа?\n\nОльга: Работаю удалённо 🙂, клиенты остались.\n",
                StandardCharsets.UTF_8);
        Path csv = tmp.resolve("attrs.csv");
        Files.writeString(
                csv,
                "document,age,wave,departed,remote\nalmaty-olga.txt,34,autumn-2022,2022-09-25,yes\n",
                StandardCharsets.UTF_8);
        CliRun imp = CliRun.of("import", "-p", project, t.toString(), "--attributes", csv.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
    }

    @Test
    void documentsJsonHasTheContractShape() throws Exception {
        CliRun r = CliRun.of("documents", "-p", project, "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode d = JSON.readTree(r.out()).get(0);
        assertThat(d.get("name").asString()).isEqualTo("almaty-olga.txt");
        assertThat(d.get("language").asString()).isEqualTo("ru");
        assertThat(d.get("words").asInt()).isEqualTo(20);
        assertThat(d.get("units").asInt()).isEqualTo(4);
        assertThat(d.get("speakers")).extracting(JsonNode::asString).containsExactly("Интервьюер", "Ольга");
        JsonNode a = d.get("attributes");
        assertThat(a.get("age").isNumber()).isTrue();
        assertThat(a.get("age").asInt()).isEqualTo(34);
        assertThat(a.get("wave").asString()).isEqualTo("autumn-2022");
        assertThat(a.get("departed").asString()).isEqualTo("2022-09-25");
        assertThat(a.get("remote").asString()).isEqualTo("yes"); // the label as written (issue 17)
    }

    @Test
    void codePrintsTheIdAndCodingsShowsTheExactText() throws Exception {
        CliRun code = CliRun.of(
                "code",
                "-p",
                project,
                "--document",
                "almaty-olga",
                "--quote",
                "Молчать было нельзя",
                "--code",
                "Exit as voice",
                "--coder",
                "anna",
                "--memo",
                "ключевая фраза");
        assertThat(code.exit()).as(code.err()).isZero();
        long id = Long.parseLong(code.out().strip());
        CliRun list = CliRun.of("codings", "-p", project, "--format", "json");
        JsonNode c = JSON.readTree(list.out()).get(0);
        assertThat(c.get("id").asLong()).isEqualTo(id);
        assertThat(c.get("document").asString()).isEqualTo("almaty-olga.txt");
        assertThat(c.get("code").asString()).isEqualTo("Exit as voice");
        assertThat(c.get("coder").asString()).isEqualTo("anna");
        assertThat(c.get("text").asString()).isEqualTo("Молчать было нельзя");
        assertThat(c.get("memo").asString()).isEqualTo("ключевая фраза");
        assertThat(c.get("end").asInt() - c.get("start").asInt()).isEqualTo("Молчать было нельзя".length());

        JsonNode stats = JSON.readTree(
                CliRun.of("stats", "-p", project, "--format", "json").out());
        assertThat(stats.get("documents").asInt()).isEqualTo(1);
        assertThat(stats.get("units").asInt()).isEqualTo(4);
        assertThat(stats.get("codings").asInt()).isEqualTo(1);
        assertThat(stats.get("coders").asInt()).isEqualTo(1);
        assertThat(stats.get("words").asInt()).isEqualTo(20);
        assertThat(stats.get("codes").asInt()).isGreaterThan(20);

        // a removal naming a version someone else has moved past: one line, exit 1, the coding stays (issue #20)
        CliRun stale = CliRun.of("uncode", "-p", project, "--id", String.valueOf(id), "--if-version", "7");
        assertThat(stale.exit()).isEqualTo(1);
        assertThat(stale.err().strip())
                .doesNotContain("\n")
                .isEqualTo("caravan: coding " + id + " was changed by someone else meanwhile (you saw version 7, it is"
                        + " now 0: anna " + c.get("start").asInt() + "-"
                        + c.get("end").asInt()
                        + " memo: ключевая фраза); nothing was changed, look again and retry");
        assertThat(JSON.readTree(
                        CliRun.of("codings", "-p", project, "--format", "json").out()))
                .hasSize(1);
        assertThat(CliRun.of("uncode", "-p", project, "--id", String.valueOf(id), "--if-version", "0")
                        .exit())
                .isZero();
        assertThat(JSON.readTree(
                        CliRun.of("codings", "-p", project, "--format", "json").out()))
                .isEmpty();
    }

    @Test
    void badInputExitsOneWithOneLineAndChangesNothing() throws Exception {
        CliRun unknownCode = CliRun.of(
                "code",
                "-p",
                project,
                "--document",
                "almaty-olga.txt",
                "--start",
                "0",
                "--end",
                "5",
                "--code",
                "Exit as voise");
        assertThat(unknownCode.exit()).isEqualTo(1);
        assertThat(unknownCode.err().strip())
                .doesNotContain("\n")
                .contains("unknown code")
                .contains("Exit as voice");
        CliRun range = CliRun.of(
                "code",
                "-p",
                project,
                "--document",
                "almaty-olga.txt",
                "--start",
                "0",
                "--end",
                "5000",
                "--code",
                "Exit as voice");
        assertThat(range.exit()).isEqualTo(1);
        assertThat(range.err()).contains("out of range");
        CliRun missing =
                CliRun.of("import", "-p", project, tmp.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        CliRun notProject = CliRun.of("stats", "-p", tmp.resolve("elsewhere").toString());
        assertThat(notProject.exit()).isEqualTo(1);
        assertThat(notProject.err()).contains("not a Caravan project");
        assertThat(JSON.readTree(CliRun.of("stats", "-p", project, "--format", "json")
                                .out())
                        .get("codings")
                        .asInt())
                .isZero();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("code", "-p", project).exit()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exit()).isEqualTo(2);
        assertThat(CliRun.of("stats", "--format", "xml", "-p", project).exit()).isEqualTo(2);
    }

    @Test
    void codebookListAndExportRoundTrip() throws Exception {
        CliRun list = CliRun.of("codebook", "list", "-p", project, "--format", "json");
        JsonNode tree = JSON.readTree(list.out());
        assertThat(tree.findValuesAsString("path")).contains("Exit as voice", "Economic push", "Political neutrality");
        Path qdc = tmp.resolve("book.qdc");
        Path md = tmp.resolve("book.md");
        assertThat(CliRun.of("codebook", "export", "-p", project, qdc.toString())
                        .exit())
                .isZero();
        assertThat(CliRun.of("codebook", "export", "-p", project, md.toString()).exit())
                .isZero();
        assertThat(Files.readString(md)).contains("Exit as voice");
        String other = tmp.resolve("q").toString();
        assertThat(CliRun.of("init", "-p", other, "--codebook", qdc.toString()).exit())
                .isZero();
        JsonNode again = JSON.readTree(
                CliRun.of("codebook", "list", "-p", other, "--format", "json").out());
        assertThat(again.findValuesAsString("path")).isEqualTo(tree.findValuesAsString("path"));
        assertThat(again.findValuesAsString("definition")).isEqualTo(tree.findValuesAsString("definition"));
    }
}
