package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.store.H2ProjectStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it: java -jar target/caravan.jar ..., in its own process. */
class JarIT {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run caravan(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("caravan.jar", "target/caravan.jar")));
        cmd.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("caravan " + String.join(" ", args) + " did not finish");
        }
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void demoBuildsAProjectAndTheCommandsReadIt() throws Exception {
        Run demo = caravan(tmp, "demo", "--dir", "demo");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Demo project:").contains("90 demo codings by anna and timur");
        assertThat(demo.err()).contains("[9/9] imported").doesNotContain("Log4j", "SLF4J", "Exception");
        Run stats = caravan(tmp, "stats", "-p", "demo", "--format", "json");
        assertThat(stats.out())
                .contains("\"documents\" : 9")
                .contains("\"codings\" : 90")
                .contains("\"codes\" : 63");
    }

    @Test
    void realDocxImportsThroughTheJar() throws Exception {
        Path docx = SharedData.file("corpus/docx/pres.deb1.docx");
        assertThat(caravan(tmp, "init", "-p", "p").exit()).isZero();
        Run imp = caravan(tmp, "import", "-p", "p", docx.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        Run docs = caravan(tmp, "documents", "-p", "p", "--format", "json");
        assertThat(docs.out()).contains("\"LEHRER\"", "\"OBAMA\"", "\"ROMNEY\"");
    }

    @Test
    void aProjectOpenInAnotherProcessIsRefusedByName() throws Exception {
        Path dir = tmp.resolve("p");
        try (ProjectStore held = new H2ProjectStores().create(dir, "p", "ru")) {
            Run r = caravan(tmp, "stats", "-p", "p");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip())
                    .startsWith("caravan: the project")
                    .contains("is open in another process")
                    .contains("pid " + ProcessHandle.current().pid())
                    .doesNotContain("\n");
            assertThat(held.<String>read(s -> s.project().name())).isEqualTo("p");
        }
        assertThat(caravan(tmp, "stats", "-p", "p").exit()).isZero();
    }

    @Test
    void exitCodesFollowTheContract() throws Exception {
        assertThat(caravan(tmp, "--version").out()).startsWith("Caravan ");
        assertThat(caravan(tmp, "code").exit()).isEqualTo(2);
        Run bad = caravan(tmp, "import", "-p", "nowhere", "x.txt");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("not a Caravan project");
    }
}
