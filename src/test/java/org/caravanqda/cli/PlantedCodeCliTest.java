package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22 through the command line: a project folder with a planted trigger, alias, table and
 * user. Before, {@code caravan code} ran the alias's command (a CHECK calls it on every coding)
 * and {@code caravan check} said ok; now every command refuses the project with one line, nothing
 * runs, the database file is unchanged, and {@code check} lists each foreign object as a problem.
 */
class PlantedCodeCliTest {
    @TempDir
    Path tmp;

    Path project;
    Path marker;

    @BeforeEach
    void plantedProject() throws Exception {
        project = tmp.resolve("p");
        marker = tmp.resolve("PWNED");
        assertThat(CliRun.of("init", "-p", project.toString()).exit()).isZero();
        Path t = Files.writeString(
                tmp.resolve("ru-01.txt"), "И: Как вы уехали?\n\nР: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", project.toString(), t.toString()).exit())
                .isZero();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + project.resolve("caravan") + ";TRACE_LEVEL_FILE=0", "caravan", "");
                Statement st = c.createStatement()) {
            st.execute("CREATE ALIAS PWN AS $$ long pwn(long id) throws Exception {"
                    + " new ProcessBuilder(\"touch\", \"" + marker + "\").start().waitFor();"
                    + " java.nio.file.Path m = java.nio.file.Path.of(\"" + marker + "\");"
                    + " if (!java.nio.file.Files.exists(m)) java.nio.file.Files.createFile(m);"
                    + " return id; } $$");
            st.execute("ALTER TABLE CODING ADD CONSTRAINT PWN_CHECK CHECK (PWN(ID) = ID) NOCHECK");
            st.execute("CREATE TABLE STASH (NOTE VARCHAR(100))");
            st.execute("CREATE USER EVIL PASSWORD 'x' ADMIN");
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void codeIsRefusedAndTheCommandNeverRuns() throws IOException {
        byte[] before = Files.readAllBytes(project.resolve("caravan.mv.db"));
        CliRun r = CliRun.of(
                "code",
                "-p",
                project.toString(),
                "--document",
                "ru-01",
                "--quote",
                "Верхний Ларс",
                "--code",
                "Departure");
        assertThat(marker).as("the planted command never ran").doesNotExist();
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("caravan: the project " + project + " was not opened")
                .contains("function alias PUBLIC.PWN")
                .contains("table PUBLIC.STASH")
                .contains("user EVIL");
        assertThat(Files.readAllBytes(project.resolve("caravan.mv.db"))).isEqualTo(before);
    }

    @Test
    void checkListsEveryForeignObject() {
        CliRun r = CliRun.of("check", "-p", project.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("caravan: ");
        List<String> problems =
                r.out().lines().filter(l -> l.startsWith("problem: ")).toList();
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("function alias PUBLIC.PWN"))
                .anySatisfy(p -> assertThat(p).contains("constraint on PUBLIC.CODING"))
                .anySatisfy(p -> assertThat(p).contains("table PUBLIC.STASH"))
                .anySatisfy(p -> assertThat(p).contains("user EVIL"));
        assertThat(r.out()).doesNotContain("\nok");
        CliRun json = CliRun.of("check", "-p", project.toString(), "--format", "json");
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"ok\" : false").contains("function alias PUBLIC.PWN");
        assertThat(marker).doesNotExist();
    }
}
