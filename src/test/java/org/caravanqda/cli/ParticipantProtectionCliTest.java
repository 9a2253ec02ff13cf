package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 22, "protection of the people interviewed", through the command line: each test
 * reproduces a way a participant's name or a project's text got out before, and shows it no
 * longer does.
 */
class ParticipantProtectionCliTest {
    private static final Map<String, String> ENV = Map.of("CARAVAN_PASSWORD", "степной ветер 2022");

    @TempDir
    Path tmp;

    private String demo() {
        return new DemoService(TestApp.app())
                .build(tmp.resolve("demo"), Progress.NONE)
                .project()
                .toString();
    }

    /** A REFI-QDA codebook of these {@code <Code>} elements, imported into project {@code p}. */
    private void codes(String p, String codes) throws IOException {
        ok(CliRun.of(
                "codebook",
                "import",
                "-p",
                p,
                file(
                                "codes-" + Integer.toHexString(codes.hashCode()) + ".qdc",
                                "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>" + codes + "</Codes></CodeBook>")
                        .toString()));
    }

    private static String code(int n, String name, String description, String children) {
        return "<Code guid=\"aaaaaaaa-0000-4000-8000-0000000000" + (10 + n) + "\" name=\"" + name
                + "\" isCodable=\"true\">"
                + (description == null ? "" : "<Description>" + description + "</Description>")
                + children + "</Code>";
    }

    private static CliRun ok(CliRun r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Every cell of every sheet, every entry of a zip, or the file's text. */
    static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            List<String> cells = new ArrayList<>();
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                DataFormatter f = new DataFormatter();
                wb.forEach(sheet -> {
                    cells.add(sheet.getSheetName());
                    sheet.forEach(row -> row.forEach(c -> cells.add(f.formatCellValue(c))));
                });
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            return String.join("\n", cells);
        }
        if (name.endsWith(".qdpx")) {
            StringBuilder all = new StringBuilder();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    all.append(e.getName()).append('\n');
                    all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return all.toString();
        }
        return Files.readString(file);
    }

    @Test
    void codeNamesAndDescriptionsArePseudonymizedInEveryExport() throws Exception {
        String p = demo();
        codes(
                p,
                code(1, "Участники", null, code(2, "Марина", null, code(3, "Отъезд Марины", null, "")))
                        + code(4, "Подруга Марины", "Всё, что Марина говорит о подруге", ""));
        ok(CliRun.of(
                "code",
                "-p",
                p,
                "--document",
                "ru-01-almaty-marina.txt",
                "--quote",
                "мы улетели пятого марта двадцать второго года",
                "--code",
                "Участники/Марина/Отъезд Марины",
                "--coder",
                "anna"));
        ok(CliRun.of(
                "pseudonyms",
                "import",
                file("list.csv", "real_name,pseudonym\nМарина,Зарина\nMarina,Zarina\nanna,Лейла\n")
                        .toString(),
                "-p",
                p));
        Path out = Files.createDirectories(tmp.resolve("out"));
        for (String name : List.of("segments.xlsx", "segments.csv", "project.qdpx", "codebook.qdc")) {
            ok(CliRun.of("export", "-p", p, out.resolve(name).toString()));
        }
        ok(CliRun.of("codebook", "export", "-p", p, out.resolve("codebook.md").toString()));
        ok(CliRun.of("codebook", "export", "-p", p, out.resolve("codebook2.qdc").toString()));
        for (String name : List.of(
                "segments.xlsx", "segments.csv", "project.qdpx", "codebook.qdc", "codebook.md", "codebook2.qdc")) {
            assertThat(text(out.resolve(name)))
                    .as(name)
                    .doesNotContainIgnoringCase("марин")
                    .doesNotContainIgnoringCase("marina")
                    // a coder on the list: her name, and the user GUID made from it, are gone too
                    .doesNotContainPattern("(?iU)\\banna\\b")
                    .doesNotContain(java.util
                            .UUID
                            .nameUUIDFromBytes("caravan-coder:anna".getBytes(StandardCharsets.UTF_8))
                            .toString())
                    .containsIgnoringCase(name.startsWith("codebook") ? "Подруга Зарины" : "Зарин");
        }
        assertThat(text(out.resolve("segments.csv"))).contains("Участники/Зарина/Отъезд Зарины", ",лейла,");
        assertThat(text(out.resolve("codebook.md"))).contains("Всё, что Зарина говорит о подруге");
        // asked for real names, the codebook keeps them, with the warning the other exports give
        CliRun real = ok(
                CliRun.of("codebook", "export", "-p", p, out.resolve("real.md").toString(), "--real-names"));
        assertThat(real.err()).contains("warning: exporting real names");
        assertThat(text(out.resolve("real.md"))).contains("Подруга Марины");
    }

    @Test
    void aPseudonymListSavedInDecomposedFormStillReplacesTheNames() throws Exception {
        String p = tmp.resolve("p").toString();
        ok(CliRun.of("init", "-p", p, "--empty-codebook"));
        Path doc = file("интервью-Айбек.txt", "Р: Мы уехали с Алексеем и Семёном. Айгерим осталась, Айбек тоже.\n");
        ok(CliRun.of("import", "-p", p, doc.toString()));
        codes(p, code(1, "Остались", null, ""));
        ok(CliRun.of(
                "code",
                "-p",
                p,
                "--document",
                "интервью-Айбек.txt",
                "--quote",
                "Айгерим осталась",
                "--code",
                "Остались"));
        // as TextEdit or Finder on macOS may save it: every й and ё decomposed
        String list = Normalizer.normalize(
                "real_name,pseudonym\nАлексей,Тимур\nСемён,Руслан\nАйбек,Нурлан\nАйгерим,Дана\n", Normalizer.Form.NFD);
        ok(CliRun.of("pseudonyms", "import", file("nfd.csv", list).toString(), "-p", p));
        Path csv = tmp.resolve("segments.csv");
        ok(CliRun.of("export", "-p", p, csv.toString(), "--context", "20"));
        String exported = Normalizer.normalize(Files.readString(csv), Normalizer.Form.NFC);
        assertThat(exported)
                .doesNotContain("Алексе", "Семён", "Айбек", "Айгерим")
                .contains("интервью-Нурлан.txt", "с Тимуром и Русланом", "Дана осталась");
    }

    @Test
    void exportsCannotReachAnEncryptedProjectFolderThroughASymbolicLink() throws Exception {
        Path project = tmp.resolve("secret");
        ok(CliRun.with(ENV, text -> null, "init", "-p", project.toString(), "--encrypt"));
        ok(CliRun.with(
                ENV,
                text -> null,
                "import",
                "-p",
                project.toString(),
                file("ru-01.txt", "Р: Через Верхний Ларс, в сентябре.\n").toString()));
        Path toProject = Files.createSymbolicLink(tmp.resolve("looks-elsewhere"), project);
        Path toExports =
                Files.createSymbolicLink(tmp.resolve("usb-stick"), Files.createDirectories(project.resolve("exports")));
        List<String[]> attempts = List.of(
                new String[] {
                    "export",
                    "-p",
                    project.toString(),
                    toProject.resolve("a.csv").toString()
                },
                new String[] {
                    "export",
                    "-p",
                    project.toString(),
                    toExports.resolve("b.xlsx").toString()
                },
                new String[] {
                    "export",
                    "-p",
                    project.toString(),
                    toProject.resolve("c.qdpx").toString()
                },
                // the project named through the link, the file through its real folder
                new String[] {
                    "export",
                    "-p",
                    toProject.toString(),
                    project.resolve("d.csv").toString()
                },
                // the codebook exports did not check the folder at all
                new String[] {
                    "export", "-p", project.toString(), project.resolve("e.qdc").toString()
                },
                new String[] {"export", "-p", project.toString(), "f.qdc"},
                new String[] {
                    "codebook",
                    "export",
                    "-p",
                    project.toString(),
                    toProject.resolve("g.md").toString()
                });
        for (String[] args : attempts) {
            CliRun r = CliRun.with(ENV, text -> null, args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.out()).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args)).contains("this project is encrypted");
        }
        try (var files = Files.walk(project)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.matches("[a-g]\\..*") || n.endsWith(".tmp"));
        }
        // a path that names the project folder is refused even where a link there leads out
        Path away = Files.createDirectories(tmp.resolve("away"));
        Path inside = Files.createSymbolicLink(project.resolve("exports").resolve("away"), away);
        assertThat(CliRun.with(
                                ENV,
                                text -> null,
                                "export",
                                "-p",
                                project.toString(),
                                inside.resolve("x.csv").toString())
                        .exit())
                .isEqualTo(1);
        // outside the folder, through a link or not, an export is written
        Path toAway = Files.createSymbolicLink(tmp.resolve("to-away"), away);
        ok(CliRun.with(
                ENV,
                text -> null,
                "export",
                "-p",
                project.toString(),
                toAway.resolve("ok.csv").toString()));
        ok(CliRun.with(
                ENV,
                text -> null,
                "export",
                "-p",
                toProject.toString(),
                away.resolve("ok.qdc").toString()));
        assertThat(away.resolve("ok.csv")).exists();
        assertThat(away.resolve("ok.qdc")).exists();
        assertThat(away.resolve("x.csv")).doesNotExist();
    }

    @Test
    void weakPasswordsAreRefusedWithTheRuleTheyBreak() throws Exception {
        Map<String, String> weak = Map.of(
                "        ", "only spaces",
                "12345678", "12 characters",
                "password", "12 characters",
                "password1234", "common",
                "qwertyuiop123", "run",
                "aaaaaaaaaaaaaaaa", "one kind of character",
                "абвгдеёжзийклм", "run");
        for (var e : weak.entrySet()) {
            Path dir = tmp.resolve("weak-" + Integer.toHexString(e.getKey().hashCode()));
            CliRun r = CliRun.with(
                    Map.of("CARAVAN_PASSWORD", e.getKey()), text -> null, "init", "-p", dir.toString(), "--encrypt");
            assertThat(r.exit()).as("'" + e.getKey() + "': " + r.out()).isEqualTo(1);
            assertThat(r.err())
                    .as(e.getKey())
                    .startsWith("caravan: the password is too weak: ")
                    .contains(e.getValue());
            assertThat(dir).doesNotExist();
        }
        String p = tmp.resolve("strong").toString();
        ok(CliRun.with(ENV, text -> null, "init", "-p", p, "--encrypt"));
        CliRun change = CliRun.with(
                Map.of("CARAVAN_PASSWORD", "степной ветер 2022", "CARAVAN_NEW_PASSWORD", "password"),
                text -> null,
                "password",
                "-p",
                p);
        assertThat(change.exit()).isEqualTo(1);
        assertThat(change.err()).contains("12 characters");
        ok(CliRun.with(ENV, text -> null, "stats", "-p", p));
    }

    @Test
    void bidiOverridesZeroWidthAndControlCharactersInNamesAreShownEscaped() throws Exception {
        String p = tmp.resolve("p").toString();
        ok(CliRun.of("init", "-p", p, "--empty-codebook"));
        // shown raw, "ru-01-" U+202E "exe.txt" reads as ru-01-txt.exe
        String name = "ru-01-\u202Eexe.txt";
        Path doc = file(name, "Ма\u200Bрина: мы уехали в марте.\n");
        ok(CliRun.of("import", "-p", p, doc.toString()));
        // a terminal control sequence (clear the screen) in a file name
        ok(CliRun.of(
                "import",
                "-p",
                p,
                file("ru-02-\u001B[2J.txt", "Р: Мы остались.\n").toString()));
        codes(p, code(1, "Отъезд", null, code(2, "\u2066скрыто\u2069", null, "")));
        ok(CliRun.of(
                "code",
                "-p",
                p,
                "--document",
                name,
                "--quote",
                "мы уехали",
                "--code",
                "Отъезд/\u2066скрыто\u2069",
                "--coder",
                "an\u200Dna"));
        List<CliRun> shown = List.of(
                CliRun.of("documents", "-p", p),
                CliRun.of("codebook", "list", "-p", p),
                CliRun.of("codings", "-p", p),
                CliRun.of("table", "-p", p, "frequencies"),
                CliRun.of("code", "-p", p, "--document", "нет\u202Eтакого", "--quote", "x", "--code", "y"));
        for (CliRun r : shown) {
            String all = r.out() + r.err();
            assertThat(all.codePoints().filter(ParticipantProtectionCliTest::hidden))
                    .as(all)
                    .isEmpty();
        }
        assertThat(shown.get(0).out()).contains("ru-01-\\u202Eexe.txt", "ru-02-\\u001B[2J.txt");
        assertThat(shown.get(1).out()).contains("\\u2066скрыто\\u2069");
        assertThat(shown.get(4).err()).contains("нет\\u202Eтакого");
        // JSON: the same characters as backslash-u escapes, which a JSON parser reads back exactly
        CliRun json = ok(CliRun.of("documents", "-p", p, "--format", "json"));
        assertThat(json.out().codePoints().filter(ParticipantProtectionCliTest::hidden))
                .isEmpty();
        assertThat(json.out()).contains("ru-01-\\u202Eexe.txt");
        JsonNode docs = new ObjectMapper().readTree(json.out());
        assertThat(docs.findValues("name").stream().map(JsonNode::asString)).contains(name, "ru-02-\u001B[2J.txt");
    }

    /** What a terminal would act on or hide: controls (but line ends), bidi controls, zero-width characters. */
    static boolean hidden(int c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0x200B && c <= 0x200F)
                || c == 0x2060
                || c == 0xFEFF;
    }
}
