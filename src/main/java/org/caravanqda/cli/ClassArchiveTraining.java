package org.caravanqda.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.TempFolders;

/**
 * The launcher's training run for the command line's class-data archive (ADR 0034): the everyday commands, run once
 * in this process on a demo project in a temporary folder, so that the archive the JVM writes at exit holds the
 * classes they load. Before, the archive held whatever the first command loaded: after an {@code init} it had 1,792
 * classes and every later {@code search} loaded the other 3,000 from the jars (1.25 s instead of 0.76 s).
 */
public final class ClassArchiveTraining {
    /** The launcher's hidden first argument; not a command, never in help. */
    public static final String ARGUMENT = "--train-class-archive";

    private static final String DEMO_DOCUMENT = "ru-01-almaty-marina.txt";
    private static final String DEMO_CODE = "Exit as voice";

    private ClassArchiveTraining() {}

    /** The commands, in order, with {@code D} for the demo project's folder. */
    static List<List<String>> commands(String d) {
        return List.of(
                List.of("demo", "--dir", d),
                List.of("stats", "-p", d),
                List.of("stats", "-p", d, "--format", "json"),
                List.of("documents", "-p", d),
                List.of("codings", "-p", d),
                List.of("codings", "-p", d, "--code", DEMO_CODE, "--format", "json"),
                List.of("codebook", "list", "-p", d),
                List.of("units", "-p", d, "--document", DEMO_DOCUMENT),
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
                List.of("memo", "list", "-p", d),
                List.of("table", "-p", d, "frequencies"),
                List.of("table", "-p", d, "matrix", "--by", "destination"));
    }

    /**
     * Runs {@link #commands} on a demo project in a new folder under {@code parent}, with their output thrown away,
     * and deletes the folder; returns the command lines that failed (none when all ran). A failure only makes the
     * archive smaller, so it is not reported to the researcher: the launcher goes on to the command asked for.
     */
    public static List<String> run(Supplier<Caravan> application, Path parent) {
        return TempFolders.withFolder(parent, "caravan-training", dir -> {
            List<String> failed = new ArrayList<>();
            PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            Caravan app = application.get();
            for (List<String> command : commands(dir.resolve("demo").toString())) {
                try {
                    if (new CaravanCli(app, nowhere, nowhere).run(command.toArray(String[]::new)) != 0) {
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
