package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar without arguments opens the GUI; on a Linux machine without a display it says so in one line. */
class GuiJarIT {
    @TempDir
    Path tmp;

    @Test
    void withoutADisplayTheGuiRefusesInOneLine() throws Exception {
        Assumptions.assumeTrue(
                System.getProperty("os.name").toLowerCase().contains("linux"), "DISPLAY matters on Linux");
        for (List<String> args : List.of(List.<String>of(), List.of("gui", "-p", "somewhere"))) {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    System.getProperty("caravan.jar", "target/caravan.jar")));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(tmp.toFile())
                    .redirectError(tmp.resolve("err").toFile())
                    .redirectOutput(tmp.resolve("out").toFile());
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
            Process p = pb.start();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertThat(err.strip()).startsWith("caravan: no display").doesNotContain("Exception");
        }
    }

    @Test
    void aDisplayThatDoesNotOpenIsNamedInOneLine() throws Exception {
        Assumptions.assumeTrue(
                System.getProperty("os.name").toLowerCase().contains("linux"), "DISPLAY matters on Linux");
        String err = windowStart(List.of(), "DISPLAY", ":987");
        assertThat(err.strip())
                .startsWith("caravan: cannot open the display :987")
                .doesNotContain("Exception");
    }

    /** A library GTK 3 cannot be loaded from (as on a server without it), on a real display (Xvfb). */
    @Test
    void aMissingGtkIsNamedInOneLineWithItsPackage() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "GTK matters on Linux");
        Assumptions.assumeTrue(onPath("xvfb-run"), "needs xvfb-run for a display");
        Path broken = Files.createDirectories(tmp.resolve("no-gtk"));
        Files.writeString(broken.resolve("libgtk-3.so.0"), "");
        String err = windowStart(List.of("xvfb-run", "-a"), "LD_LIBRARY_PATH", broken.toString());
        assertThat(err.strip())
                .startsWith("caravan: the window needs the GTK 3 library")
                .contains("sudo apt install libgtk-3-0")
                .doesNotContain("Exception");
    }

    /** The jar started without arguments (the window), {@code prefix} before java; exits 1; returns stderr. */
    private String windowStart(List<String> prefix, String envName, String envValue) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("caravan.jar", "target/caravan.jar")));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(tmp.toFile())
                .redirectError(tmp.resolve("err").toFile())
                .redirectOutput(tmp.resolve("out").toFile());
        pb.environment().put(envName, envValue);
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        return err;
    }

    private static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
