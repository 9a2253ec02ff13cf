package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: inputs past Caravan's limits get one line and change nothing, where they overflowed
 * the stack (a 5,000-deep query, a 990-level codebook on export) or surfaced as an H2 error that
 * left an empty project behind (a code name over 500 characters through init --from).
 */
class BoundedInputsCliTest {
    @TempDir
    Path tmp;

    private String project;

    @BeforeEach
    void init() throws IOException {
        project = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", project).exit()).isZero();
        Path ok = Files.writeString(
                tmp.resolve("ok.txt"), "И: Как вы уехали?\n\nР: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", project, ok.toString()).exit()).isZero();
    }

    private String codebook() {
        return CliRun.of("codebook", "list", "-p", project, "--format", "json").out();
    }

    private static String refusal(CliRun r) {
        List<String> lines =
                r.err().lines().filter(l -> l.startsWith("caravan: ")).toList();
        assertThat(lines).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("internal error");
        return lines.get(0);
    }

    /** A .qdc whose codes nest {@code depth} levels, the deepest named {@code leaf}. */
    private Path nestedQdc(String file, int depth, String leaf) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\"><Codes>");
        for (int i = 1; i <= depth; i++) {
            xml.append("<Code guid=\"")
                    .append(UUID.randomUUID())
                    .append("\" name=\"")
                    .append(i == depth ? leaf : "level " + i)
                    .append("\" isCodable=\"true\">");
        }
        xml.append("</Code>".repeat(depth)).append("</Codes></CodeBook>\n");
        return Files.writeString(tmp.resolve(file), xml, StandardCharsets.UTF_8);
    }

    @Test
    void aQueryNested5000DeepIsRefusedInOneLine() {
        String deep = "(".repeat(5000) + "ларс" + ")".repeat(5000);
        for (String[] args : List.of(
                new String[] {"search", "-p", project, deep},
                new String[] {"search", "-p", project, "--in", "units", deep},
                new String[] {"autocode", "-p", project, "--query", deep, "--code", "Departure", "--dry-run"})) {
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(r.err()).isEqualTo(1); // before: StackOverflowError in the query parser
            assertThat(refusal(r)).contains("the query nests brackets 5000 levels deep; at most 100 are allowed");
        }
        String fine = "(".repeat(100) + "ларс" + ")".repeat(100);
        assertThat(CliRun.of("search", "-p", project, "--in", "units", fine).out())
                .contains("ok");
    }

    @Test
    void aCodebook990LevelsDeepIsRefusedAtImportAndNothingChanges() throws IOException {
        Path deep = nestedQdc("deep.qdc", 990, "bottom");
        String before = codebook();

        CliRun r = CliRun.of("codebook", "import", "-p", project, deep.toString());

        // before: imported, and `export book.qdc` then died of a StackOverflowError (exit 3)
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(refusal(r)).contains("nest more than 100 levels deep");
        assertThat(codebook()).isEqualTo(before);
        assertThat(CliRun.of("export", "-p", project, tmp.resolve("book.qdc").toString())
                        .exit())
                .isZero();

        Path fresh = tmp.resolve("fresh");
        CliRun init = CliRun.of("init", "-p", fresh.toString(), "--codebook", deep.toString());
        assertThat(init.exit()).isEqualTo(1);
        assertThat(refusal(init)).contains("nest more than 100 levels deep");
        assertThat(fresh).doesNotExist();

        Path hundred = nestedQdc("hundred.qdc", 100, "bottom");
        assertThat(CliRun.of("codebook", "import", "-p", project, hundred.toString())
                        .exit())
                .isZero();
        assertThat(CliRun.of("export", "-p", project, tmp.resolve("book.qdc").toString())
                        .exit())
                .as("the deepest tree Caravan keeps exports")
                .isZero();
    }

    @Test
    void aCodeNameOver500CharactersIsRefusedUpFrontAndInitLeavesNothingBehind() throws IOException {
        String longName = "Очень длинное название кода ".repeat(25); // 700 characters, 699 once stripped
        Path qdc = nestedQdc("long.qdc", 2, longName);
        String before = codebook();

        CliRun r = CliRun.of("codebook", "import", "-p", project, qdc.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(refusal(r)).contains("a code name can have at most 500 characters; one has 699");
        assertThat(codebook()).isEqualTo(before);

        Path fresh = tmp.resolve("fresh");
        CliRun init = CliRun.of("init", "-p", fresh.toString(), "--codebook", qdc.toString());
        assertThat(init.exit()).isEqualTo(1);
        assertThat(fresh).doesNotExist();

        // init --from a .qdpx whose code is too long: before, an H2 "value too long" error (exit 3)
        // and an empty project left in the folder
        Path qdpx = tmp.resolve("p.qdpx");
        assertThat(CliRun.of("export", "-p", project, qdpx.toString()).exit()).isZero();
        Path hostile = renameFirstCode(qdpx, longName);
        Path from = tmp.resolve("from");
        CliRun made = CliRun.of("init", "-p", from.toString(), "--from", hostile.toString());
        assertThat(made.exit()).as(made.err()).isEqualTo(1);
        assertThat(refusal(made)).contains("at most 500 characters");
        assertThat(from).as("nothing left behind").doesNotExist();

        Files.createDirectories(from);
        CliRun into = CliRun.of("init", "-p", from.toString(), "--from", hostile.toString());
        assertThat(into.exit()).isEqualTo(1);
        try (var files = Files.list(from)) {
            assertThat(files.toList())
                    .as("an existing folder is left as it was: empty")
                    .isEmpty();
        }
    }

    /** The same .qdpx with its first code's name replaced. */
    private Path renameFirstCode(Path qdpx, String name) throws IOException {
        Path out = tmp.resolve("long.qdpx");
        try (ZipFile in = new ZipFile(qdpx.toFile());
                OutputStream os = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream is = in.getInputStream(e)) {
                    byte[] bytes = is.readAllBytes();
                    if (e.getName().equals("project.qde")) {
                        String xml = new String(bytes, StandardCharsets.UTF_8);
                        xml = xml.replaceFirst("(<Code [^>]*?name=\")[^\"]*\"", "$1" + name + "\"");
                        bytes = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
        }
        return out;
    }
}
