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
        Set<String> lean = options(value(sh, "(?m)^lean=\"([^\"]*)\""));
        assertThat(lean).as("bin/caravan's lean C2 options").isNotEmpty();
        assertThat(options(value(bat, "set \"LEAN_C2=([^\"]*)\"")))
                .as("bin/caravan.bat's LEAN_C2")
                .isEqualTo(lean);

        Set<String> batch = options(value(sh, "(?m)^batch=\"([^\"]*)\""));
        Set<String> batBatch = options(value(bat, "set \"BATCH_OPTS=([^\"]*)\""));
        assertThat(batBatch).as("bin/caravan.bat's BATCH_OPTS").contains("%LEAN_C2%");
        batBatch.remove("%LEAN_C2%");
        assertThat(batBatch).as("bin/caravan.bat's BATCH_OPTS besides LEAN_C2").isEqualTo(batch);

        assertThat(options(value(bat, "set \"SHORT_OPTS=([^\"]*)\"")))
                .as("bin/caravan.bat's SHORT_OPTS")
                .isEqualTo(options(value(sh, "(?m)^short=\"([^\"]*)\"")));
    }

    @Test
    void theAppImageAndReadmesJpackageLinesCarryTheLeanOptions() throws IOException {
        Set<String> lean = options(value(Files.readString(SH), "(?m)^lean=\"([^\"]*)\""));

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
