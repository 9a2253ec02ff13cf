package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** import --speakers, --no-speakers and --encoding: the researcher corrects what was detected. */
class ImportOptionsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static final String ORAL_HISTORY = "MSM: Where were you born, and where did your family live then?\n\n"
            + "Smith: In Leeds, in a small house near the mill where my father worked.\n\n"
            + "MSM: And then, after the war, where did you go and why did you leave?\n\n"
            + "Smith: Then London, because there was work on the docks for my brother.\n";

    @Test
    void speakersAreListedAndCanBeChosenOrSwitchedOff() throws Exception {
        Path f = tmp.resolve("oral-1989.txt");
        Files.writeString(f, ORAL_HISTORY, StandardCharsets.UTF_8);
        String a = tmp.resolve("a").toString();
        assertThat(CliRun.of("init", "-p", a).exit()).isZero();
        CliRun detected = CliRun.of("import", "-p", a, f.toString());
        assertThat(detected.exit()).isZero();
        assertThat(detected.out()).contains("MSM, Smith").contains("--speakers");

        String b = tmp.resolve("b").toString();
        assertThat(CliRun.of("init", "-p", b).exit()).isZero();
        JsonNode only =
                JSON.readTree(CliRun.of("import", "-p", b, f.toString(), "--speakers", "MSM", "--format", "json")
                        .out());
        assertThat(only.at("/documents/0/speakers").toString()).isEqualTo("[\"MSM\"]");

        String c = tmp.resolve("c").toString();
        assertThat(CliRun.of("init", "-p", c).exit()).isZero();
        JsonNode none = JSON.readTree(CliRun.of("import", "-p", c, f.toString(), "--no-speakers", "--format", "json")
                .out());
        assertThat(none.at("/documents/0/speakers").size()).isZero();
        assertThat(none.at("/documents/0/units").asInt()).isEqualTo(4);

        CliRun both = CliRun.of("import", "-p", c, f.toString(), "--no-speakers", "--speakers", "MSM");
        assertThat(both.exit()).isNotZero();
        assertThat(both.err()).contains("either --speakers or --no-speakers");
    }

    @Test
    void encodingOverridesDetectionAndABadOneIsRefused() throws Exception {
        Path f = tmp.resolve("greek.txt");
        Files.write(
                f,
                "Συνεντευκτής: Πότε φύγατε; Το φθινόπωρο, μετά την επιστράτευση.\n"
                        .repeat(3)
                        .getBytes(Charset.forName("ISO-8859-7")));
        String p = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", p).exit()).isZero();
        CliRun wrong = CliRun.of("import", "-p", p, f.toString(), "--encoding", "no-such-charset");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.err()).contains("unknown encoding 'no-such-charset'");
        JsonNode r =
                JSON.readTree(CliRun.of("import", "-p", p, f.toString(), "--encoding", "ISO-8859-7", "--format", "json")
                        .out());
        assertThat(r.at("/documents/0/language").asString()).isEqualTo("other");
    }
}
