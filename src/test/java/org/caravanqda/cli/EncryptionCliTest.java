package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted projects through the command line: passwords from the environment or the prompt, never an argument. */
class EncryptionCliTest {
    private static final Map<String, String> ENV = Map.of("CARAVAN_PASSWORD", "степной ветер 2022");

    @TempDir
    Path tmp;

    private String project;

    @BeforeEach
    void init() throws IOException {
        project = tmp.resolve("p").toString();
        CliRun r = CliRun.with(ENV, noTerminal(), "init", "-p", project, "--encrypt");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("created encrypted project");
        Path t = Files.writeString(
                tmp.resolve("ru-01.txt"),
                "И: Как вы уехали?\n\nР: Через Верхний Ларс, в сентябре.\n",
                StandardCharsets.UTF_8);
        assertThat(CliRun.with(ENV, noTerminal(), "import", "-p", project, t.toString())
                        .exit())
                .isZero();
    }

    private static CliPasswords.PasswordPrompt noTerminal() {
        return text -> null;
    }

    /** A terminal on which these answers are typed, recording the prompts shown. */
    private static CliPasswords.PasswordPrompt typed(List<String> prompts, String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return text -> {
            prompts.add(text);
            return left.isEmpty() ? null : left.pop().toCharArray();
        };
    }

    private Path db() {
        return Path.of(project, "caravan.mv.db");
    }

    @Test
    void everyProjectCommandOpensAnEncryptedProjectWithThePasswordFromTheEnvironment() {
        for (String[] args : List.of(
                new String[] {"documents", "-p", project},
                new String[] {"stats", "-p", project},
                new String[] {
                    "code", "-p", project, "--document", "ru-01", "--quote", "Верхний Ларс", "--code", "Departure"
                },
                new String[] {"codings", "-p", project},
                new String[] {"search", "-p", project, "ларс"},
                new String[] {"check", "-p", project},
                new String[] {"reindex", "-p", project},
                new String[] {"codebook", "list", "-p", project},
                new String[] {"table", "-p", project, "frequencies"})) {
            CliRun r = CliRun.with(ENV, noTerminal(), args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        }
        assertThat(CliRun.with(ENV, noTerminal(), "search", "-p", project, "уехать", "--in", "units")
                        .out())
                .contains("ru-01");
        assertThat(Path.of(project, "index"))
                .as("an encrypted project's index lives in memory")
                .doesNotExist();
    }

    @Test
    void exportsOfAnEncryptedProjectGoOutsideItsFolder() throws IOException {
        assertThat(CliRun.with(
                                ENV,
                                noTerminal(),
                                "code",
                                "-p",
                                project,
                                "--document",
                                "ru-01",
                                "--quote",
                                "Верхний Ларс",
                                "--code",
                                "Departure")
                        .exit())
                .isZero();
        for (String out : List.of(
                "segments.xlsx",
                "segments.csv",
                "project.qdpx",
                Path.of(project, "inside.xlsx").toString())) {
            CliRun r = CliRun.with(ENV, noTerminal(), "export", "-p", project, out);
            assertThat(r.exit()).as(out).isEqualTo(1);
            assertThat(r.err())
                    .contains("this project is encrypted and an export is a plaintext file")
                    .hasLineCount(1);
        }
        assertThat(Path.of(project, "exports")).doesNotExist();
        Path outside = tmp.resolve("elsewhere").resolve("segments.xlsx");
        CliRun r = CliRun.with(ENV, noTerminal(), "export", "-p", project, outside.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(outside.toFile())) {
            assertThat(wb.getSheet("Segments")
                            .getRow(1)
                            .getCell(headerIndex(wb.getSheet("Segments").getRow(0), "coded text"))
                            .getStringCellValue())
                    .isEqualTo("Верхний Ларс");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static int headerIndex(org.apache.poi.ss.usermodel.Row header, String name) {
        for (org.apache.poi.ss.usermodel.Cell c : header) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void backupOfAnEncryptedProjectIsEncryptedAndRestoresOnlyWithItsPassword() throws Exception {
        Path zip = tmp.resolve("backup.zip");
        CliRun b = CliRun.with(ENV, noTerminal(), "backup", "-p", project, zip.toString());
        assertThat(b.exit()).as(b.err()).isZero();
        String bytes = new String(org.caravanqda.Zips.unzipped(zip), StandardCharsets.ISO_8859_1);
        assertThat(bytes)
                .doesNotContain(
                        new String("Верхний Ларс".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .doesNotContain("CREATE TABLE")
                .doesNotContain("INSERT INTO");
        String restored = tmp.resolve("restored").toString();
        CliRun wrong = CliRun.with(
                Map.of("CARAVAN_PASSWORD", "горный ветер 2022"),
                noTerminal(),
                "restore",
                zip.toString(),
                "-p",
                restored);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err())
                .contains("wrong password for the backup backup.zip")
                .hasLineCount(1);
        assertThat(Path.of(restored)).doesNotExist();
        CliRun r = CliRun.with(ENV, noTerminal(), "restore", zip.toString(), "-p", restored);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Path.of(restored, "caravan.encryption")).exists();
        assertThat(CliRun.with(ENV, noTerminal(), "search", "-p", restored, "ларс", "--in", "units")
                        .out())
                .contains("ru-01");
        assertThat(CliRun.with(Map.of(), noTerminal(), "stats", "-p", restored).exit())
                .isEqualTo(1);
    }

    @Test
    void withoutPasswordOrTerminalOneClearLine() {
        CliRun r = CliRun.of("documents", "-p", project);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip())
                .isEqualTo(
                        "caravan: the project " + project
                                + " is encrypted: set CARAVAN_PASSWORD or run caravan in a terminal to be asked for its password");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theTerminalIsAskedWhenTheEnvironmentHasNoPassword() {
        List<String> prompts = new ArrayList<>();
        CliRun r = CliRun.with(Map.of(), typed(prompts, "степной ветер 2022"), "documents", "-p", project);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ru-01");
        assertThat(prompts).containsExactly("Password for project " + project + ": ");
    }

    @Test
    void aWrongPasswordIsRefusedAndChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(db());
        CliRun r = CliRun.with(
                Map.of("CARAVAN_PASSWORD", "горный ветер 2022"),
                noTerminal(),
                "code",
                "-p",
                project,
                "--document",
                "ru-01",
                "--quote",
                "Верхний Ларс",
                "--code",
                "Departure");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("caravan: wrong password for project " + project);
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(r.err()).doesNotContain("горный");
    }

    @Test
    void aPasswordIsNeverTakenFromTheCommandLine() {
        CliRun r = CliRun.of("documents", "-p", project, "--password", "степной ветер 2022");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void initAsksTwiceAndRefusesAMismatchOrAShortPassword() {
        List<String> prompts = new ArrayList<>();
        String other = tmp.resolve("q").toString();
        CliRun mismatch = CliRun.with(
                Map.of(), typed(prompts, "первый пароль", "второй пароль"), "init", "-p", other, "--encrypt");
        assertThat(mismatch.exit()).isEqualTo(1);
        assertThat(mismatch.err()).contains("the two passwords differ");
        assertThat(prompts).hasSize(2);
        assertThat(Path.of(other)).doesNotExist();
        CliRun tooShort =
                CliRun.with(Map.of(), typed(new ArrayList<>(), "short", "short"), "init", "-p", other, "--encrypt");
        assertThat(tooShort.err()).contains("too short");
        CliRun ok = CliRun.with(
                Map.of(),
                typed(new ArrayList<>(), "длинный пароль", "длинный пароль"),
                "init",
                "-p",
                other,
                "--encrypt",
                "--empty-codebook");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(CliRun.with(Map.of("CARAVAN_PASSWORD", "длинный пароль"), noTerminal(), "stats", "-p", other)
                        .exit())
                .isZero();
    }

    @Test
    void passwordChangesThePasswordAndKeepsTheData() {
        String codings = CliRun.with(ENV, noTerminal(), "documents", "-p", project, "--format", "json")
                .out();
        Map<String, String> both =
                Map.of("CARAVAN_PASSWORD", "степной ветер 2022", "CARAVAN_NEW_PASSWORD", "новый пароль 2024");
        CliRun r = CliRun.with(both, noTerminal(), "password", "-p", project);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("changed the password of project");
        assertThat(CliRun.with(ENV, noTerminal(), "documents", "-p", project).err())
                .contains("wrong password");
        Map<String, String> fresh = Map.of("CARAVAN_PASSWORD", "новый пароль 2024");
        assertThat(CliRun.with(fresh, noTerminal(), "documents", "-p", project, "--format", "json")
                        .out())
                .isEqualTo(codings);
        assertThat(CliRun.with(fresh, noTerminal(), "search", "-p", project, "ларс", "--in", "units")
                        .out())
                .contains("ru-01");
    }

    @Test
    void passwordWithAWrongCurrentPasswordChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(db());
        CliRun r = CliRun.with(
                Map.of("CARAVAN_PASSWORD", "не тот пароль", "CARAVAN_NEW_PASSWORD", "новый пароль 2024"),
                noTerminal(),
                "password",
                "-p",
                project);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("caravan: wrong password for project " + project);
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void passwordEncryptsAPlainProjectAndDropsItsPlaintextIndex() throws IOException {
        String plain = tmp.resolve("plain").toString();
        assertThat(CliRun.of("init", "-p", plain).exit()).isZero();
        Path t = Files.writeString(tmp.resolve("ru-02.txt"), "Р: Мы уехали в Алматы.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", plain, t.toString()).exit()).isZero();
        assertThat(CliRun.of("search", "-p", plain, "алматы", "--in", "units").out())
                .contains("ru-02");
        assertThat(Path.of(plain, "index")).exists();
        assertThat(CliRun.of("export", "-p", plain, "before.csv").exit()).isZero();
        CliRun r = CliRun.with(
                Map.of("CARAVAN_NEW_PASSWORD", "пароль для старого"), noTerminal(), "password", "-p", plain);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("encrypted project");
        assertThat(r.err())
                .contains(
                        "warning: " + Path.of(plain, "exports").toAbsolutePath().normalize()
                                + " holds unencrypted copies made before")
                .doesNotContain("backups holds");
        assertThat(Path.of(plain, "index")).doesNotExist();
        assertThat(CliRun.of("documents", "-p", plain).exit()).isEqualTo(1);
        CliRun after = CliRun.with(
                Map.of("CARAVAN_PASSWORD", "пароль для старого"),
                noTerminal(),
                "search",
                "-p",
                plain,
                "алматы",
                "--in",
                "units");
        assertThat(after.out()).contains("ru-02");
    }
}
