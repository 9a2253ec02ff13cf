package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** caravan export OUT.qdpx / OUT.qdc, init --from FILE.qdpx, import FILE.qdpx, and refusals that change nothing. */
class RefiCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportInitFromAndImportAgain(@TempDir Path tmp) throws Exception {
        String project = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", project).exit()).isZero();
        Path txt = Files.writeString(
                tmp.resolve("ru-01.txt"), "И: Почему Алматы?\r\nР: Там спокойно 🙂.\r\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", project, txt.toString()).exit()).isZero();
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
                                "ru-01",
                                "--quote",
                                "Там спокойно 🙂",
                                "--code",
                                code,
                                "--coder",
                                "anna")
                        .exit())
                .isZero();

        CliRun export = CliRun.of("export", "-p", project, tmp.resolve("p.qdpx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("1 documents").contains("1 codings");
        assertThat(export.err()).contains("CRLF");
        assertThat(org.caravanqda.io.refi.RefiFiles.qdpxSchemaErrors(tmp.resolve("p.qdpx")))
                .isEmpty();
        CliRun qdc = CliRun.of("export", "-p", project, "book.qdc");
        assertThat(qdc.exit()).as(qdc.err()).isZero();
        assertThat(Path.of(project, "exports", "book.qdc")).exists();
        CliRun xlsx = CliRun.of("export", "-p", project, "segments.csv");
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();

        String copy = tmp.resolve("copy").toString();
        CliRun init =
                CliRun.of("init", "-p", copy, "--from", tmp.resolve("p.qdpx").toString(), "--format", "json");
        assertThat(init.exit()).as(init.err()).isZero();
        JsonNode report = JSON.readTree(init.out());
        assertThat(report.get("documents").asInt()).isEqualTo(1);
        assertThat(report.get("codings").asInt()).isEqualTo(1);
        assertThat(report.get("notImported")).isEmpty();
        JsonNode codings = JSON.readTree(
                CliRun.of("codings", "-p", copy, "--format", "json").out());
        assertThat(codings.get(0).get("text").asString()).isEqualTo("Там спокойно 🙂");
        assertThat(codings.get(0).get("coder").asString()).isEqualTo("anna");

        // the same file a second time: every document is here already, so nothing is doubled
        String statsBefore = CliRun.of("stats", "-p", copy, "--format", "json").out();
        CliRun again = CliRun.of("import", "-p", copy, tmp.resolve("p.qdpx").toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip())
                .doesNotContain("\n")
                .endsWith("p.qdpx is already in this project: its 1 document is here with the same REFI-QDA ids and"
                        + " texts; nothing was imported");
        assertThat(CliRun.of("stats", "-p", copy, "--format", "json").out()).isEqualTo(statsBefore);

        // into a project with another document of that name: codes matched by path, the name taken, so renamed
        String other = tmp.resolve("other").toString();
        assertThat(CliRun.of("init", "-p", other).exit()).isZero();
        Path sameName = Files.writeString(
                Files.createDirectories(tmp.resolve("elsewhere")).resolve("ru-01.txt"), "И: Другое интервью.");
        assertThat(CliRun.of("import", "-p", other, sameName.toString()).exit()).isZero();
        CliRun renamed = CliRun.of("import", "-p", other, tmp.resolve("p.qdpx").toString());
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(renamed.out())
                .contains("1 documents")
                .contains("0 codes added")
                .contains("ru-01.txt (2)");
        CliRun plain = CliRun.of(
                "import",
                "-p",
                copy,
                Files.writeString(tmp.resolve("en.txt"), "Plain text.").toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
    }

    @Test
    void hostileArchivesChangeNothing(@TempDir Path tmp) throws Exception {
        String project = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", project).exit()).isZero();
        String before = CliRun.of("stats", "-p", project, "--format", "json").out();
        Path slip = tmp.resolve("slip.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(slip))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.closeEntry();
        }
        CliRun r = CliRun.of("import", "-p", project, slip.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("zip slip"));
        assertThat(CliRun.of("stats", "-p", project, "--format", "json").out()).isEqualTo(before);
        CliRun init = CliRun.of("init", "-p", tmp.resolve("new").toString(), "--from", slip.toString());
        assertThat(init.exit()).isEqualTo(1);
        assertThat(tmp.resolve("new")).doesNotExist();
    }
}
