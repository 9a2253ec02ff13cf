package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI (here a JVM holding the project open) and a script on one project: every command of
 * the script, writing or only reading, is refused with one line naming the holder and changes
 * nothing; once the holder is gone, even by kill -9, the next command opens the project.
 */
class TwoProcessIT {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessIsRefusedByNameChangesNothingAndAKilledHolderLeavesNoStaleLock() throws Exception {
        JarIT.Run demo = JarIT.caravan(tmp, "demo", "--dir", "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        Path dir = tmp.resolve("demo");
        Path note = Files.writeString(tmp.resolve("note.txt"), "Interviewer: Why?\n\nAnna: Because.\n");
        Process holder = hold(dir);
        try {
            long pid = holder.pid();
            String holderLine = Files.readString(dir.resolve("caravan.lock"), StandardCharsets.UTF_8);
            List<List<String>> commands = List.of(
                    List.of("import", "-p", "demo", note.toString()),
                    List.of("code", "-p", "demo", "--document", "note", "--quote", "Because", "--code", "x"),
                    List.of("autocode", "-p", "demo", "--query", "Алматы", "--code", "x"),
                    List.of("reindex", "-p", "demo"),
                    List.of("backup", "-p", "demo", "./b.zip"),
                    List.of("search", "-p", "demo", "Алматы"),
                    List.of("stats", "-p", "demo"),
                    List.of("check", "-p", "demo"));
            for (List<String> c : commands) {
                JarIT.Run r = JarIT.caravan(tmp, c.toArray(String[]::new));
                assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(1);
                assertThat(r.err().strip())
                        .as(String.join(" ", c))
                        .startsWith("caravan: the project")
                        .contains("is open in another process")
                        .contains("pid " + pid)
                        .doesNotContain("\n");
            }
            assertThat(dir.resolve("caravan.lock"))
                    .as("the refused commands left the holder's line")
                    .hasContent(holderLine);
            assertThat(tmp.resolve("b.zip")).doesNotExist();
        } finally {
            holder.destroyForcibly(); // kill -9: the OS drops its lock
            holder.waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(dir.resolve("caravan.lock")).exists();
        JarIT.Run stats = JarIT.caravan(tmp, "stats", "-p", "demo", "--format", "json");
        assertThat(stats.exit()).as(stats.err()).isZero();
        // the refused commands changed nothing: the demo project as it was made
        assertThat(stats.out())
                .contains("\"documents\" : 9")
                .contains("\"codings\" : 90")
                .contains("\"codes\" : 63");
        JarIT.Run backup = JarIT.caravan(tmp, "backup", "-p", "demo", "./b.zip");
        assertThat(backup.exit()).as(backup.err()).isZero();
        JarIT.Run restore = JarIT.caravan(tmp, "restore", "b.zip", "-p", "copy");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("9 documents, 90 codings");
    }

    private Process hold(Path dir) throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldProject.class.getName(),
                        dir.toString())
                .redirectError(tmp.resolve("holder-err.txt").toFile())
                .start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the holder opened the project").startsWith("holding 9 documents");
        return p;
    }
}
