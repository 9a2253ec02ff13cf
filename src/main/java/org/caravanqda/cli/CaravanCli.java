package org.caravanqda.cli;

import java.io.PrintWriter;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Exit codes: 0 success, 1 bad input or refused operation (one line on
 * stderr, nothing changed), 2 usage error.
 */
@Command(name = "caravan", mixinStandardHelpOptions = true, versionProvider = CaravanCli.VersionProvider.class,
        description = "Qualitative coding for interview research.",
        subcommands = {InitCommand.class, ImportCommand.class, AttributesCommand.class, DocumentsCommand.class,
            CodebookCommand.class, CodeCommand.class, UncodeCommand.class, CodingsCommand.class, StatsCommand.class,
            SearchCommand.class, AutocodeCommand.class, ReindexCommand.class, CheckCommand.class, DemoCommand.class,
            BenchCommand.class, AgreementCommand.class, TableCommand.class,
            ExportCommand.class, PseudonymsCommand.class, BackupCommand.class, RestoreCommand.class, GuiCommand.class,
            PasswordCommand.class
            })
public final class CaravanCli {
    private final CliContext context;

    /** Passwords from this process's environment and terminal. */
    public CaravanCli(Caravan app, PrintWriter out, PrintWriter err) {
        this(app, out, err, System.getenv(), CliPasswords.PasswordPrompt.console());
    }

    /** With the environment and the password prompt given (tests; embedding). */
    CaravanCli(Caravan app, PrintWriter out, PrintWriter err, java.util.Map<String, String> env, CliPasswords.PasswordPrompt prompt) {
        this.context = new CliContext(app, out, err, new CliPasswords(env, prompt));
    }

    public int run(String... args) {
        CommandLine cl = new CommandLine(this, new Factory(context));
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CaravanException) {
                context.err().println("caravan: " + e.getMessage());
                context.err().flush();
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
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
