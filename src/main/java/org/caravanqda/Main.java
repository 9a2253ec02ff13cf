package org.caravanqda;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.caravanqda.app.Adapters;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.cli.CaravanCli;
import org.caravanqda.cli.ClassArchiveTraining;
import org.caravanqda.cli.DemoInAnotherJvm;
import org.caravanqda.cli.WindowStart;
import org.caravanqda.gui.FxDesktop;
import org.caravanqda.gui.WindowTraining;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.io.codebook.BundledCodebook;
import org.caravanqda.io.codebook.CodebookFormats;
import org.caravanqda.io.csv.CsvCodedTableWriter;
import org.caravanqda.io.readback.ExportFilesReadBack;
import org.caravanqda.io.refi.RefiQdpxFormat;
import org.caravanqda.io.table.CsvTableReader;
import org.caravanqda.io.text.Readers;
import org.caravanqda.io.xlsx.XlsxCodedTableWriter;
import org.caravanqda.ipc.UnixWindowChannel;
import org.caravanqda.search.LuceneSearchIndexes;
import org.caravanqda.search.analysis.RussianNameForms;
import org.caravanqda.store.H2ProjectStores;
import org.caravanqda.store.pg.FolderOrServerStores;

/** Composition root: wires the adapters into the application; arguments run the CLI, none open the GUI. */
public final class Main {
    private Main() {}

    public static Caravan application() {
        return new Caravan(
                new Adapters(
                        new FolderOrServerStores(
                                new H2ProjectStores(note -> System.err.println("caravan: " + note)),
                                System.console() == null ? null : Main::askServerPassword),
                        new LuceneSearchIndexes(),
                        Readers.all(),
                        CodebookFormats.all(),
                        new CsvTableReader(),
                        new BundledCodebook(),
                        new Exporters(
                                List.of(new XlsxCodedTableWriter(), new CsvCodedTableWriter()),
                                new ExportFilesReadBack()),
                        new RefiQdpxFormat(),
                        new FxDesktop(Main::application, System.err::println),
                        new RussianNameForms(),
                        new UnixWindowChannel()),
                CaravanCli::runInWindow);
    }

    /** The command line's prompt for a server's password: on the terminal, never echoed (none without one). */
    private static char[] askServerPassword(String server, String login, String problem) {
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        if (problem != null) {
            console.printf("%s%n", problem);
        }
        return console.readPassword("Password for %s at %s: ", login, server);
    }

    /**
     * The launcher's one-off runs whose loaded classes become the class-data archives: the command line's (ADR 0034)
     * and the window's, drawn off screen (ADR 0036); what failed, or nothing.
     */
    private static List<String> trainClassArchive(String[] args) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        if (args[0].equals(ClassArchiveTraining.ARGUMENT)) {
            // without a group (a launcher from before ADR 0040), the one archive for every command
            ClassArchiveTraining.Group group = args.length == 1
                    ? ClassArchiveTraining.Group.BATCH
                    : ClassArchiveTraining.Group.named(args[1]).orElse(null);
            if (group == null) {
                return List.of("no training group " + args[1]);
            }
            return ClassArchiveTraining.run(Main::application, temp, group, new DemoInAnotherJvm(Main.class.getName()));
        }
        if (!WindowTraining.hasDisplay()) {
            return List.of("no display"); // before the demo is built: nothing could be drawn
        }
        // every window start reads its arguments and the user's preferences before the window's own classes
        WindowStart.of("gui", "-p", temp.toString()).orElseThrow();
        GuiPreferences.user().recent();
        return WindowTraining.run(Main::application, temp);
    }

    public static void main(String[] args) {
        // picocli looks for Groovy's closure class once: a class nobody ships, so the lookup opened every jar on the
        // class path (ADR 0042)
        System.setProperty("picocli.disable.closures", "true");
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            // what picocli would print, without building the ~25 commands' models (a third of a second)
            System.out.println("Caravan " + CaravanVersion.get());
            System.exit(0);
        }
        // before the trainings too, so that the class-data archives hold its classes
        PlatformWarmUp.start(args.clone());
        if ((args.length == 1 || args.length == 2) && args[0].equals(ClassArchiveTraining.ARGUMENT)
                || args.length == 1 && args[0].equals(WindowTraining.ARGUMENT)) {
            System.exit(trainClassArchive(args).isEmpty() ? 0 : 3);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Caravan app = application();
        Optional<WindowStart> window = WindowStart.of(args);
        if (window.isPresent()) {
            // the window's usual starts skip picocli's models (ADR 0042)
            OptionalInt exit = window.get().open(app, err);
            if (exit.isPresent()) {
                System.exit(exit.getAsInt());
            }
        }
        int code;
        try {
            code = new CaravanCli(app, out, err).run(args);
        } catch (Throwable e) { // an Error (out of memory, stack overflow) passes picocli's handler
            code = CaravanCli.internalError(err, "caravan " + (args.length > 0 ? args[0] : ""), e);
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
