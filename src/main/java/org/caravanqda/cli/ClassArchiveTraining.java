package org.caravanqda.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.TempFolders;

/**
 * The launcher's training runs for the command line's class-data archives (ADR 0034, 0040): a group's commands, run
 * once in this process on a demo project in a temporary folder, so that the archive the JVM writes at exit holds the
 * classes they load. Before ADR 0034 the archive held whatever the first command loaded: after an {@code init} it had
 * 1,792 classes and every later {@code search} loaded the other 3,000 from the jars (1.25 s instead of 0.76 s).
 *
 * <p>There are three groups, each its own archive, because Java relocates the whole archive at every start
 * (Java 17.0.15 maps it at a random address): the listing commands map 21 MB instead of 55 MB. The {@code list}
 * and {@code cli} groups get their demo project from another JVM, so its import, indexing and export classes stay
 * out of their archives.
 */
public final class ClassArchiveTraining {
    /** The launcher's hidden first argument, followed by the group; not a command, never in help. */
    public static final String ARGUMENT = "--train-class-archive";

    /** The commands that list what the store holds: no search index, no import. */
    public static final List<String> LIST_COMMANDS = List.of("stats", "documents", "codings", "units");

    private static final String DEMO_DOCUMENT = "ru-01-almaty-marina.txt";
    private static final String DEMO_CODE = "Exit as voice";

    /** Which archive a training makes; the launcher names it in lower case. */
    public enum Group {
        /** {@link #LIST_COMMANDS}. */
        LIST,
        /** Every other short command: search, code, the codebook and memos, attributes and the rest. */
        CLI,
        /** The long work: import, export, tables, checks, backups (the launcher's batch options, ADR 0039). */
        BATCH;

        /** The group the launcher named, or empty when the name is not one. */
        public static Optional<Group> named(String name) {
            return Stream.of(values())
                    .filter(g -> g.name().toLowerCase(Locale.ROOT).equals(name))
                    .findFirst();
        }
    }

    /** Builds the demo project in the given folder (which does not exist yet); true when it was built. */
    @FunctionalInterface
    public interface DemoBuilder {
        boolean build(Path dir);
    }

    private ClassArchiveTraining() {}

    /** A group's commands, in order, with {@code d} for the demo project's folder (built before they run). */
    static List<List<String>> commands(Group group, String d) {
        List<List<String>> list = List.of(
                List.of("stats", "-p", d),
                List.of("stats", "-p", d, "--format", "json"),
                List.of("documents", "-p", d),
                List.of("codings", "-p", d),
                List.of("codings", "-p", d, "--code", DEMO_CODE, "--format", "json"),
                List.of("units", "-p", d, "--document", DEMO_DOCUMENT));
        if (group == Group.LIST) {
            return list;
        }
        List<List<String>> cli = new ArrayList<>(list);
        cli.addAll(List.of(
                List.of("codebook", "list", "-p", d),
                List.of("search", "-p", d, "уехать"),
                List.of("search", "-p", d, "code:\"" + DEMO_CODE + "\" AND text:тюрьма", "--in", "segments"),
                List.of("search", "-p", d, "war", "--in", "units", "--format", "json"),
                List.of(
                        "code",
                        "-p",
                        d,
                        "--document",
                        DEMO_DOCUMENT,
                        "--quote",
                        "уехать",
                        "--occurrence",
                        "1",
                        "--code",
                        DEMO_CODE),
                List.of("memo", "list", "-p", d)));
        if (group == Group.CLI) {
            return List.copyOf(cli);
        }
        cli.addAll(List.of(
                List.of("table", "-p", d, "frequencies"), List.of("table", "-p", d, "matrix", "--by", "destination")));
        return List.copyOf(cli);
    }

    /**
     * Builds a demo project in a new folder under {@code parent} (in this process for {@link Group#BATCH}, whose
     * commands import and export too; with {@code elsewhere} for the others), runs the group's {@link #commands} on
     * it with their output thrown away, and deletes the folder; returns the steps that failed (none when all ran). A
     * failure only makes the archive smaller, so it is not reported to the researcher: the launcher goes on to the
     * command asked for.
     */
    public static List<String> run(Supplier<Caravan> application, Path parent, Group group, DemoBuilder elsewhere) {
        return TempFolders.withFolder(parent, "caravan-training", dir -> {
            Path demo = dir.resolve("demo");
            List<List<String>> steps = new ArrayList<>();
            if (group == Group.BATCH) {
                steps.add(List.of("demo", "--dir", demo.toString()));
            } else if (!elsewhere.build(demo)) {
                return List.of("the demo project, built in another process");
            }
            steps.addAll(commands(group, demo.toString()));
            List<String> failed = new ArrayList<>();
            PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            Caravan app = application.get();
            for (List<String> command : steps) {
                String[] args = command.toArray(String[]::new);
                try {
                    // Main reads every command line as a window start first: its class belongs in the archive
                    WindowStart.of(args);
                    if (new CaravanCli(app, nowhere, nowhere).run(args) != 0) {
                        failed.add(String.join(" ", command));
                    }
                } catch (RuntimeException e) {
                    failed.add(String.join(" ", command) + ": " + e);
                }
            }
            return failed;
        });
    }
}
