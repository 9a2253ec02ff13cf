package org.caravanqda.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.common.Faults;
import org.caravanqda.app.common.LogFolder;
import org.caravanqda.app.common.Redacted;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Exit codes: 0 success (a step after the commit that failed is a warning on
 * stderr), 1 bad input, a refused operation or a machine fault (full disk, project folder moved
 * away, out of memory; one line on stderr, nothing changed), 2 usage error, 3 a bug.
 */
@Command(
        name = "caravan",
        mixinStandardHelpOptions = true,
        versionProvider = CaravanCli.VersionProvider.class,
        description = "Qualitative coding for interview research.")
public final class CaravanCli {
    /**
     * The commands, in the order help lists them. Added to the root by {@link #commandLine(String)}: picocli
     * builds each one's model (reflection over its annotations) when it is added, a third of a second for all.
     */
    private static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class,
            ImportCommand.class,
            AttributesCommand.class,
            CasesCommand.class,
            DocumentsCommand.class,
            UnitsCommand.class,
            CodebookCommand.class,
            CodeCommand.class,
            UncodeCommand.class,
            CodingsCommand.class,
            StatsCommand.class,
            SearchCommand.class,
            AutocodeCommand.class,
            ReindexCommand.class,
            CheckCommand.class,
            DemoCommand.class,
            AgreementCommand.class,
            TableCommand.class,
            ExportCommand.class,
            PseudonymsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            GuiCommand.class,
            PasswordCommand.class,
            MemoCommand.class,
            DocumentCommand.class,
            MediaCommand.class,
            TeamCommand.class);

    /** The exit code of a failure that is a bug (exit 1 stays "bad input, nothing changed"). */
    public static final int INTERNAL_ERROR = 3;

    private final CliContext context;
    /** Set when running in the window for another process: that process's folder. */
    private final Path workingDir;

    /** Passwords from this process's environment and terminal. */
    public CaravanCli(Caravan app, PrintWriter out, PrintWriter err) {
        this(app, out, err, System.getenv(), CliPasswords.PasswordPrompt.console());
    }

    /** With the environment and the password prompt given (tests; embedding). */
    CaravanCli(
            Caravan app,
            PrintWriter out,
            PrintWriter err,
            java.util.Map<String, String> env,
            CliPasswords.PasswordPrompt prompt) {
        this(app, out, err, env, prompt, null, null);
    }

    private CaravanCli(
            Caravan app,
            PrintWriter out,
            PrintWriter err,
            java.util.Map<String, String> env,
            CliPasswords.PasswordPrompt prompt,
            Project window,
            Path workingDir) {
        // names come from other people's files: what would act on the terminal is shown escaped
        this.context = new CliContext(
                app,
                TerminalText.writer(out),
                TerminalText.writer(err),
                new CliPasswords(env, prompt),
                out,
                window,
                workingDir);
        this.workingDir = workingDir;
    }

    /**
     * Runs a command line another process forwarded to the window, against the project the
     * window holds ({@code project}); relative paths are taken from {@code workingDir}, the other
     * process's folder. Write commands are refused there (ADR 0019). Main wires this into
     * {@link Caravan.WindowCommands}.
     */
    public static int runInWindow(
            Caravan app, Project project, List<String> args, Path workingDir, PrintWriter out, PrintWriter err) {
        CaravanCli cli = new CaravanCli(
                app, out, err, java.util.Map.of(), text -> null, project.borrowed(), workingDir.toAbsolutePath());
        return cli.run(args.toArray(String[]::new));
    }

    /** Every command, with help options and help subcommands added (tests walk it). */
    CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only the command named {@code only} when that names one (a command's
     * run needs no other), else with every command (help, suggestions for a mistyped name).
     */
    private CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(this, new Factory(context));
        Optional<Class<?>> named = named(COMMANDS, only);
        if (named.isPresent()) {
            cl.addSubcommand(named.get());
        } else {
            COMMANDS.forEach(cl::addSubcommand);
            // the service lookup opens every jar on the class path: a twentieth of a listing command's time (ADR 0042)
            addExtensions(cl);
        }
        HelpCommand.addEverywhere(cl);
        return cl;
    }

    /**
     * Reads, ahead of picocli, the annotations it will read to build the models of this command line: the root's,
     * the named command's with the types of its mixins and argument groups, and the help command's. Java parses a
     * member's annotations once and keeps them (the first parse of each annotation type also makes a proxy class),
     * so a second thread that runs this while the first composes the application takes that work off picocli's path
     * (ADR 0043). Changes nothing; returns the classes read (an unknown command: the root's and the help command's).
     */
    public static List<Class<?>> readAnnotationsAhead(String... args) {
        List<Class<?>> classes = new ArrayList<>(List.of(CaravanCli.class, HelpCommand.class));
        Optional<Class<?>> command = named(COMMANDS, args.length > 0 ? args[0] : null);
        command.ifPresent(classes::add);
        if (command.isPresent() && args.length > 1) {
            named(List.of(command.get().getAnnotation(Command.class).subcommands()), args[1])
                    .ifPresent(classes::add);
        }
        for (int i = 0; i < classes.size(); i++) { // mixins found on the way are read in turn
            Class<?> c = classes.get(i);
            c.getAnnotations();
            for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                m.getAnnotations();
            }
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                f.getAnnotations();
                boolean mixes = f.isAnnotationPresent(CommandLine.Mixin.class)
                        || f.isAnnotationPresent(CommandLine.ArgGroup.class);
                if (mixes && !classes.contains(f.getType())) {
                    classes.add(f.getType());
                }
            }
        }
        return classes;
    }

    /** The command among {@code commands} whose name or alias is {@code name}; empty for none or a null name. */
    private static Optional<Class<?>> named(List<Class<?>> commands, String name) {
        return name == null
                ? Optional.empty()
                : commands.stream().filter(c -> names(c).contains(name)).findFirst();
    }

    private static List<String> names(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(c.aliases()));
        names.add(c.name());
        return names;
    }

    public int run(String... args) {
        CommandLine cl = commandLine(args.length > 0 ? args[0] : null);
        if (workingDir != null) {
            cl.registerConverter(Path.class, s -> workingDir.resolve(s));
            String refused = refusedInWindow(cl, args);
            if (refused != null) {
                context.err().println(refused);
                context.err().flush();
                return 1;
            }
        }
        cl.setOut(context.out());
        cl.setErr(context.err());
        // help and usage errors pass through the escaping writers like everything else, so picocli
        // must not colour them: its ANSI sequences would be shown escaped on a terminal
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CliContext.HeldByWindow held) {
                return besideTheWindow(held.dir, command(parsed), args);
            }
            return failed(e, parsed);
        });
        try {
            return cl.execute(args);
        } catch (VirtualMachineError e) { // out of memory, stack overflow: picocli passes Errors on
            return failed(e, cl.getParseResult());
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** In the window: the refusal of a command line that would change the project, or null. */
    private static String refusedInWindow(CommandLine cl, String[] args) {
        String command;
        try {
            command = command(cl.parseArgs(args));
        } catch (CommandLine.ParameterException e) {
            return null; // the usage error is reported by execute, as usual
        }
        return command.isEmpty() || readOnly(command) ? null : refusal(command);
    }

    private static String refusal(String command) {
        return "caravan: the window holds this project: close it or run this from the window ('" + command
                + "' changes the project; read-only commands such as stats, table and export run beside the window)";
    }

    private static String command(CommandLine.ParseResult parsed) {
        return parsed.asCommandLineList().stream()
                .skip(1)
                .map(CommandLine::getCommandName)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * A window holds the project: a read-only command runs there (what it prints comes back as it
     * comes), a write command is refused; the window's own undo and views stay true (ADR 0019).
     */
    private int besideTheWindow(Path dir, String command, String[] args) {
        if (workingDir != null || !readOnly(command)) {
            context.err().println(refusal(command));
            return 1;
        }
        context.out().flush();
        context.err().flush();
        java.util.OptionalInt code = context.app()
                .runInWindow(dir, List.of(args), Path.of("").toAbsolutePath(), context.data(), context.err());
        if (code.isEmpty()) {
            context.err().println("caravan: the window holding this project has just closed; run the command again");
            return 1;
        }
        return code.getAsInt();
    }

    /** The commands that only read the project, and so may run in the window's process. */
    static final java.util.Set<String> READ_ONLY = java.util.Set.of(
            "stats",
            "documents",
            "codings",
            "search",
            "table frequencies",
            "table cooccurrence",
            "table matrix",
            "agreement",
            "export",
            "codebook export",
            "codebook list",
            "check",
            "backup",
            "memo list",
            "media list",
            "units",
            "memo show",
            "document history",
            "document old-text",
            "document orphans",
            "attributes list",
            "cases list");

    static boolean readOnly(String command) {
        return READ_ONLY.contains(command);
    }

    /**
     * Exit 1 with one line for bad input and for what the machine did (a full disk, the project
     * folder moved away, out of memory: the command's transaction was rolled back, so nothing
     * changed); exit 3 for a bug.
     */
    private int failed(Throwable e, CommandLine.ParseResult parsed) {
        // a refusal that wraps a full disk ("cannot write out.xlsx: No space left on device") says it as one too
        boolean refusal = e instanceof CaravanException
                && (Faults.kind(e, null, List.of()) != Faults.Kind.DISK_FULL
                        || e.getMessage().startsWith("no space left on the device"));
        String machine = refusal ? null : Faults.explain(e, project(parsed), written(parsed));
        if (e instanceof CaravanException || machine != null) {
            context.err().println("caravan: " + (machine != null ? machine : e.getMessage()));
            context.err().flush();
            return 1;
        }
        return internalError(context.err(), commandName(parsed), e);
    }

    private static String commandName(CommandLine.ParseResult parsed) {
        return parsed == null
                ? "caravan"
                : parsed.asCommandLineList().stream()
                        .map(CommandLine::getCommandName)
                        .collect(java.util.stream.Collectors.joining(" "));
    }

    private static CommandLine.ParseResult last(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p != null && p.subcommand() != null) {
            p = p.subcommand();
        }
        return p;
    }

    /** The -p/--project folder of the command that failed (its default "." when not given). */
    private static Path project(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = last(parsed);
        if (p == null || !p.commandSpec().optionsMap().containsKey("--project")) {
            return null;
        }
        Path dir = p.matchedOptionValue("--project", (Path) null);
        return dir != null ? dir : Path.of(".");
    }

    /** Folders the command may have written to: those of its path arguments, and the temporary folder. */
    private static List<Path> written(CommandLine.ParseResult parsed) {
        List<Path> out = new ArrayList<>();
        CommandLine.ParseResult p = last(parsed);
        if (p != null) {
            List<Object> values = new ArrayList<>();
            p.matchedOptions().forEach(o -> values.add(o.getValue()));
            p.matchedPositionals().forEach(o -> values.add(o.getValue()));
            for (Object v : values) {
                if (v instanceof Path path) {
                    out.add(folderOf(path));
                } else if (v instanceof List<?> list) {
                    list.stream().filter(Path.class::isInstance).forEach(x -> out.add(folderOf((Path) x)));
                }
            }
        }
        out.add(Path.of(System.getProperty("java.io.tmpdir")));
        return out;
    }

    private static Path folderOf(Path path) {
        Path abs = path.toAbsolutePath();
        return Files.isDirectory(abs) || abs.getParent() == null ? abs : abs.getParent();
    }

    /**
     * A bug, not bad input: the details (classes and stack frames, no messages, which may quote transcripts)
     * go to the log, the user gets one line that says where. Exit 3: the command did not finish as designed.
     */
    public static int internalError(PrintWriter err, String command, Throwable e) {
        LoggerFactory.getLogger(CaravanCli.class).error("{} failed", command, Redacted.of(e));
        err.println("caravan: internal error (" + e.getClass().getSimpleName() + "); the details are in "
                + LogFolder.path().resolve("caravan.log") + ": please attach that file to a bug report");
        err.flush();
        return INTERNAL_ERROR;
    }

    /** Commands from jars beside caravan.jar (the bench); without the bench, a stand-in that says where it is. */
    private void addExtensions(CommandLine cl) {
        boolean bench = false;
        for (CommandExtension x : ServiceLoader.load(CommandExtension.class, CaravanCli.class.getClassLoader())) {
            cl.addSubcommand(x.name(), x.command(context));
            bench |= x.name().equals("bench");
        }
        if (!bench) {
            cl.addSubcommand("bench", new MissingBenchCommand(context));
        }
    }

    /** Commands are built with the context through their constructor. */
    private record Factory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Caravan " + CaravanVersion.get()};
        }
    }
}
