package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command opens only what it needs (issue #19): the classes the JVM loads for a command on a
 * current demo project, from its own class-loading log. Speed itself is measured in
 * docs/performance.md, not here; this keeps the heavy libraries off the short commands' path.
 */
class StartupIT {
    @TempDir
    Path tmp;

    @Test
    void statsLoadsNeitherFlywayNorJacksonNorTheSearchIndex() throws Exception {
        assertThat(run("demo", "--dir", "demo").exit).isZero();
        List<String> stats = loaded("stats", "-p", "demo");
        assertThat(stats).contains("org.caravanqda.cli.StatsCommand", "org.h2.jdbcx.JdbcDataSource");
        assertThat(stats)
                .as("Flyway: the schema is current, one query decides")
                .noneMatch(c -> c.startsWith("org.flywaydb.core.Flyway"))
                .as("JSON: a table is printed")
                .noneMatch(c -> c.startsWith("tools.jackson.databind"))
                .as("Lucene: stats never searches")
                .noneMatch(c -> c.startsWith("org.apache.lucene.index"))
                .noneMatch(c -> c.startsWith("org.caravanqda.search.analysis.LanguageAnalyzers"))
                .as("POI and the Markdown parser: nothing is imported")
                .noneMatch(c -> c.startsWith("org.apache.poi.openxml4j.opc"))
                .noneMatch(c -> c.startsWith("org.commonmark.internal"))
                .as("Logback and java.util.logging: nothing is logged")
                .noneMatch(c -> c.startsWith("ch.qos.logback.classic.LoggerContext"))
                .noneMatch(c -> c.startsWith("java.util.logging.LogManager"));

        List<String> json = loaded("stats", "-p", "demo", "--format", "json");
        assertThat(json).contains("tools.jackson.databind.ObjectMapper");
        List<String> search = loaded("search", "-p", "demo", "text:протест");
        assertThat(search)
                .contains("org.apache.lucene.index.DirectoryReader")
                .noneMatch(c -> c.startsWith("org.flywaydb.core.Flyway"));
    }

    @Test
    void versionIsAnsweredBeforeTheApplicationIsBuilt() throws Exception {
        Run v = run(List.of(), "-V");
        assertThat(v.out.strip()).startsWith("Caravan ");
        assertThat(loaded("-V")).noneMatch(c -> c.startsWith("picocli.")).noneMatch(c -> c.startsWith("org.h2."));
    }

    private record Run(int exit, String out, String err) {}

    /** The classes loaded by one command (which must succeed), from -Xlog:class+load. */
    private List<String> loaded(String... args) throws Exception {
        Path log = tmp.resolve("classes.log");
        Files.deleteIfExists(log);
        Run r = run(List.of("-Xlog:class+load=info:file=" + log), args);
        assertThat(r.exit).as(r.err).isZero();
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f.length > 1) {
                classes.add(f[1]);
            }
        }
        return classes;
    }

    private Run run(String... args) throws Exception {
        return run(List.of(), args);
    }

    private Run run(List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", System.getProperty("caravan.jar", "target/caravan.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile())
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }
}
