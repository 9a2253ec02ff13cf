package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark harness ships beside caravan.jar, never inside it, and `caravan bench` still reaches it. */
class BenchJarIT {
    @TempDir
    Path tmp;

    private static Path mainJar() {
        return Path.of(System.getProperty("caravan.jar", "target/caravan.jar")).toAbsolutePath();
    }

    private static Path benchJar() {
        return mainJar().resolveSibling("caravan-bench.jar");
    }

    @Test
    void theShippedJarHoldsNoBenchmarkCode() throws IOException {
        try (ZipFile jar = new ZipFile(mainJar().toFile())) {
            List<String> bench = Collections.list(jar.entries()).stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("org/caravanqda/bench/")
                            || n.contains("LikeBaseline")
                            || n.contains("BareSxssfLoop")
                            || n.endsWith("/BenchCommand.class"))
                    .toList();
            assertThat(bench).isEmpty();
        }
    }

    @Test
    void benchWithoutTheHarnessSaysWhereItIs() throws Exception {
        JarIT.Run r = JarIT.caravan(tmp, "bench");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("caravan-bench.jar").doesNotContain("Exception");
    }

    @Test
    void theBenchJarRunsCaravanBench() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                benchJar().toString(),
                "bench",
                "--documents",
                "2",
                "--words",
                "300",
                "--format",
                "json"));
        Path out = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(cmd)
                .directory(tmp.toFile())
                .redirectOutput(out.toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("\"import.mbPerSecond\"", "\"documents\" : 2");
    }
}
