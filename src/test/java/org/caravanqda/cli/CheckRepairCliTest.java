package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 22 through the command line (ADR 0018): a database put back to an older copy, or cut
 * short, is refused by every command with one line saying what {@code check --repair} does;
 * {@code check} names it and changes nothing; {@code check --repair} keeps a copy of the file,
 * accepts the database and rebuilds the index, after which searches show only what it holds.
 */
class CheckRepairCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String project;

    @BeforeEach
    void init() throws IOException {
        project = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", project).exit()).isZero();
        Path t = Files.writeString(
                tmp.resolve("ru-01.txt"),
                "И: Как вы уехали?\n\nР: Через Верхний Ларс, в сентябре. Потом Алматы, потом Бишкек.\n",
                StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", project, t.toString()).exit()).isZero();
        code("Алматы");
        assertThat(total("Алматы OR Бишкек")).isEqualTo(1);
    }

    private void code(String quote) {
        CliRun r = CliRun.of("code", "-p", project, "--document", "ru-01", "--quote", quote, "--code", "Trajectory");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private int total(String query) throws IOException {
        CliRun r = CliRun.of("search", "-p", project, query, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("total").asInt();
    }

    private Path db() {
        return Path.of(project, "caravan.mv.db");
    }

    private List<Path> keptCopies() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(project))) {
            return s.filter(f -> f.getFileName().toString().startsWith("caravan.mv.db.before-repair-"))
                    .toList();
        }
    }

    @Test
    void anOlderCopyPutBackIsRefusedUntilCheckRepairAcceptsIt() throws IOException {
        byte[] older = Files.readAllBytes(db());
        code("Бишкек");
        assertThat(total("Алматы OR Бишкек")).isEqualTo(2);
        Files.write(db(), older);

        CliRun search = CliRun.of("search", "-p", project, "Бишкек");
        assertThat(search.exit()).isEqualTo(1);
        assertThat(search.err().strip())
                .doesNotContain("\n")
                .contains("is an older state of the project")
                .contains("caravan check -p " + project + " --repair");
        assertThat(Files.readAllBytes(db())).isEqualTo(older);

        CliRun check = CliRun.of("check", "-p", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("problem: the database of project " + project + " is an older state");
        JsonNode json = JSON.readTree(
                CliRun.of("check", "-p", project, "--format", "json").out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(Files.readAllBytes(db())).isEqualTo(older);
        assertThat(keptCopies()).isEmpty();

        CliRun repair = CliRun.of("check", "-p", project, "--repair");
        assertThat(repair.exit()).as(repair.out() + repair.err()).isZero();
        assertThat(repair.out())
                .contains("repaired: the database holds changes up to")
                .contains("kept a copy of the database file as")
                .contains("accepted the database as it is and rebuilt the search index from it");
        assertThat(keptCopies())
                .singleElement()
                .satisfies(copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(older));

        // the index holds what the database holds: the coding the older copy lacks is gone from searches
        assertThat(total("Алматы OR Бишкек")).isEqualTo(1);
        CliRun again = CliRun.of("check", "-p", project);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).doesNotContain("repaired:");
    }

    @Test
    void aDatabaseThatLostItsTailIsRefusedAndCheckRepairKeepsWhatIsLeft() throws IOException {
        code("Бишкек");
        assertThat(total("Бишкек")).isEqualTo(1);
        byte[] full = Files.readAllBytes(db());
        // where H2 can still read an older database depends on how it laid out its chunks: the
        // first of these cuts that leaves one (the others are refused as damaged, also untouched)
        byte[] cut = null;
        for (double kept : new double[] {0.5, 0.75, 0.6, 0.9, 0.4}) {
            byte[] attempt = Arrays.copyOf(full, (int) (full.length * kept) + 1000);
            Files.write(db(), attempt);
            CliRun r = CliRun.of("search", "-p", project, "Бишкек");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(Files.readAllBytes(db())).isEqualTo(attempt);
            if (r.err().contains("ends early")) {
                cut = attempt;
                break;
            }
            assertThat(r.err()).contains("is damaged", "nothing was changed");
        }
        assertThat(cut).as("a cut that leaves an older database").isNotNull();

        for (String[] command : List.of(
                new String[] {"search", "-p", project, "Бишкек"},
                new String[] {"code", "-p", project, "--document", "ru-01", "--quote", "Ларс", "--code", "Trajectory"},
                new String[] {"stats", "-p", project},
                new String[] {"check", "-p", project})) {
            CliRun r = CliRun.of(command);
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err() + r.out()).contains("caravan restore BACKUP.zip -p " + project + " --force");
            assertThat(Files.readAllBytes(db())).isEqualTo(cut);
        }

        CliRun repair = CliRun.of("check", "-p", project, "--repair");
        assertThat(repair.exit()).as(repair.out() + repair.err()).isZero();
        assertThat(repair.out()).contains("kept a copy of the database file as");
        byte[] refused = cut;
        assertThat(keptCopies())
                .singleElement()
                .satisfies(copy -> assertThat(Files.readAllBytes(copy)).isEqualTo(refused));
        assertThat(CliRun.of("check", "-p", project).exit()).isZero();
    }
}
