package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.TestApp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `caravan help COMMAND...` and `caravan COMMAND... --help` for every command and subcommand (issue 17). */
class HelpEverywhereTest {

    @Test
    void everyCommandHasHelpBothWays() {
        CommandLine root = new CaravanCli(
                        TestApp.app(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        Map.of(),
                        text -> null)
                .commandLine();
        List<List<String>> paths = new ArrayList<>();
        walk(root, new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(30); // 23 commands and their subcommands
        for (List<String> path : paths) {
            String usage = "Usage: caravan " + String.join(" ", path);
            List<String> flag = new ArrayList<>(path);
            flag.add("--help");
            CliRun a = CliRun.of(flag.toArray(String[]::new));
            assertThat(a.exit()).as(flag + ": " + a.err()).isZero();
            assertThat(a.out()).as(String.join(" ", flag)).contains(usage);
            List<String> help = new ArrayList<>();
            help.add("help");
            help.addAll(path);
            CliRun b = CliRun.of(help.toArray(String[]::new));
            assertThat(b.exit()).as(help + ": " + b.err()).isZero();
            assertThat(b.out()).as(String.join(" ", help)).isEqualTo(a.out());
        }
    }

    @Test
    void helpUnderACommandAndAnUnknownName() {
        CliRun under = CliRun.of("codebook", "help", "merge");
        assertThat(under.exit()).isZero();
        assertThat(under.out()).contains("Usage: caravan codebook merge");
        CliRun unknown = CliRun.of("help", "codebok");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no command 'codebok'").contains("codebook");
        assertThat(CliRun.of("help").out()).contains("Usage: caravan").contains("codebook");
    }

    private static void walk(CommandLine cl, List<String> at, List<List<String>> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")
                    || !name.equals(sub.getCommandName()) // an alias (recolor)
                    || sub.getCommandSpec().usageMessage().hidden()) {
                return;
            }
            List<String> path = new ArrayList<>(at);
            path.add(name);
            out.add(path);
            walk(sub, path, out);
        });
    }
}
