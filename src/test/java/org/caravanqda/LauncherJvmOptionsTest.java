package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of long work (ADR 0033, 0045) are written in four places: the shell launcher, the Windows one, the
 * Linux app-image's jpackage line and README's jpackage lines for Windows and macOS. A measured change made in one
 * and forgotten in another gives researchers on that system a slower import, which no other test would notice.
 */
class LauncherJvmOptionsTest {
    private static final Path SH = Path.of("src/dist/bin/caravan");
    private static final Path BAT = Path.of("src/dist/bin/caravan.bat");
    private static final Path APP_IMAGE = Path.of("src/dist/app-image.sh");
    private static final Path README = Path.of("README.md");

    @Test
    void bothLaunchersPassTheSameOptionsForEachKindOfCommand() throws IOException {
        String sh = Files.readString(SH);
        String bat = Files.readString(BAT);
        Set<String> lean = shellOptions(sh, "lean");
        assertThat(lean).as("bin/caravan's lean C2 options").isNotEmpty();
        assertThat(batOptions(bat, "LEAN_C2")).as("bin/caravan.bat's LEAN_C2").isEqualTo(lean);

        Set<String> batch = shellOptions(sh, "batch");
        Set<String> batBatch = batOptions(bat, "BATCH_OPTS");
        assertThat(batBatch).as("bin/caravan.bat's BATCH_OPTS").contains("%LEAN_C2%");
        batBatch.remove("%LEAN_C2%");
        assertThat(batBatch).as("bin/caravan.bat's BATCH_OPTS besides LEAN_C2").isEqualTo(batch);

        assertThat(batOptions(bat, "SHORT_OPTS"))
                .as("bin/caravan.bat's SHORT_OPTS")
                .isEqualTo(shellOptions(sh, "short"));
    }

    @Test
    void theAppImageAndReadmesJpackageLinesCarryTheLeanOptions() throws IOException {
        Set<String> lean = shellOptions(Files.readString(SH), "lean");

        assertThat(javaOptions(Files.readString(APP_IMAGE), "'([^']*)'"))
                .as("the app-image's jpackage --java-options")
                .containsAll(lean);

        List<String> jpackageLines = Files.readString(README)
                .lines()
                .filter(l -> l.startsWith("jpackage "))
                .toList();
        assertThat(jpackageLines).as("README's jpackage lines (Windows, macOS)").hasSize(2);
        for (String line : jpackageLines) {
            assertThat(javaOptions(line, "(\\S+)")).as(line).containsAll(lean);
        }
    }

    /** The options of {@code name="..."} in the shell launcher. */
    private static Set<String> shellOptions(String sh, String name) {
        return options(value(sh, "(?m)^" + name + "=\"([^\"]*)\""));
    }

    /** The options of {@code set "NAME=..."} in the Windows launcher. */
    private static Set<String> batOptions(String bat, String name) {
        return options(value(bat, "set \"" + name + "=([^\"]*)\""));
    }

    private static String value(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("a match for " + regex).isTrue();
        return m.group(1);
    }

    private static Set<String> options(String line) {
        return new LinkedHashSet<>(Arrays.asList(line.trim().split("\\s+")));
    }

    /** Each value after {@code --java-options}, its form (quoted or not) given by {@code valueRegex}. */
    private static List<String> javaOptions(String text, String valueRegex) {
        Matcher m = Pattern.compile("--java-options " + valueRegex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
