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
}
