package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caravanqda.Main;
import org.caravanqda.cli.ClassArchiveTraining.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The launcher's training runs (ADR 0034, 0040): every command in them must really run, or an archive silently misses
 * the classes of the commands researchers call most; they leave nothing behind; and the launchers send each command
 * to the archive whose training ran it.
 */
class ClassArchiveTrainingTest {
    @TempDir
    Path tmp;

    /** The demo built by `caravan demo` in this JVM: what {@link DemoInAnotherJvm} does in a child. */
    private static boolean demoHere(Path dir) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new CaravanCli(Main.application(), nowhere, nowhere).run("demo", "--dir", dir.toString()) == 0;
    }

    @ParameterizedTest
    @EnumSource(Group.class)
    void everyTrainingCommandRunsOnTheDemoAndTheFolderIsGone(Group group) throws Exception {
        List<Path> builtElsewhere = new ArrayList<>();
        List<String> failed = ClassArchiveTraining.run(Main::application, tmp, group, dir -> {
            builtElsewhere.add(dir);
            return demoHere(dir);
        });

        assertThat(failed).as("commands that failed in the training run").isEmpty();
        // the batch training imports and exports itself: those classes belong in its archive
        assertThat(builtElsewhere).hasSize(group == Group.BATCH ? 0 : 1);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the training's demo project is deleted").isEmpty();
        }
    }

    @Test
    void aDemoThatCouldNotBeBuiltIsTheOneFailureAndNothingIsLeft() throws Exception {
        List<String> failed = ClassArchiveTraining.run(Main::application, tmp, Group.LIST, dir -> false);

        assertThat(failed).containsExactly("the demo project, built in another process");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theChildJvmBuildsTheDemo() {
        // the test's own class path and Java, as the launcher's training JVM passes its own
        Path demo = tmp.resolve("demo");

        assertThat(new DemoInAnotherJvm(Main.class.getName()).build(demo)).isTrue();
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        java.io.StringWriter out = new java.io.StringWriter();
        new CaravanCli(Main.application(), new PrintWriter(out, true), nowhere).run("stats", "-p", demo.toString());
        assertThat(out.toString()).containsPattern("(?m)^documents +9$").containsPattern("(?m)^codings +90$");
    }

    @Test
    void aChildThatFailsSaysSo() throws IOException {
        Path taken = Files.writeString(tmp.resolve("a file, not a folder"), "x");

        assertThat(new DemoInAnotherJvm(Main.class.getName()).build(taken)).isFalse();
        assertThat(new DemoInAnotherJvm("org.caravanqda.NoSuchMain").build(tmp.resolve("d")))
                .isFalse();
    }

    @Test
    void theTrainingsCoverTheCommandsWhoseStartIsMeasured() {
        // docs/performance.md's targets: stats, documents, codings (0.5 s), search and code (0.8 s)
        assertThat(names(Group.LIST)).containsExactlyInAnyOrderElementsOf(ClassArchiveTraining.LIST_COMMANDS);
        assertThat(names(Group.CLI)).contains("search", "code").containsAll(ClassArchiveTraining.LIST_COMMANDS);
        assertThat(names(Group.BATCH)).contains("table").containsAll(names(Group.CLI));
    }

    @Test
    void bothLaunchersSendTheListingCommandsToTheListArchive() throws IOException {
        String sh = Files.readString(Path.of("src/dist/bin/caravan"));
        Matcher shList = Pattern.compile("(?m)^  ([a-z|]+)\\) .*kind=list").matcher(sh);
        assertThat(shList.find()).as("bin/caravan's case for the list archive").isTrue();
        assertThat(List.of(shList.group(1).split("\\|")))
                .containsExactlyInAnyOrderElementsOf(ClassArchiveTraining.LIST_COMMANDS);

        String bat = Files.readString(Path.of("src/dist/bin/caravan.bat"));
        Matcher batList = Pattern.compile(
                        "for %%c in \\(([a-z ]+)\\) do \\(\\s*if /i \"%~1\"==\"%%c\" set \"KIND=list\"")
                .matcher(bat);
        assertThat(batList.find())
                .as("bin/caravan.bat's loop for the list archive")
                .isTrue();
        assertThat(List.of(batList.group(1).split(" ")))
                .containsExactlyInAnyOrderElementsOf(ClassArchiveTraining.LIST_COMMANDS);
    }

    private static List<String> names(Group group) {
        return ClassArchiveTraining.commands(group, "D").stream()
                .map(c -> c.get(0))
                .distinct()
                .toList();
    }
}
