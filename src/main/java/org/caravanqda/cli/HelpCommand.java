package org.caravanqda.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code caravan help [COMMAND [SUBCOMMAND...]]}, and {@code caravan codebook help merge}: the usage of
 * the command named, walked from the command this one hangs under. {@link #addEverywhere} also gives
 * every command a {@code -h/--help} option, so {@code caravan COMMAND --help} works throughout.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = "Show the options of a command, e.g. `caravan help codebook merge`.")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "the command (and subcommands) to explain")
    List<String> path = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine at = spec.parent().commandLine();
        for (String name : path) {
            CommandLine next = at.getSubcommands().get(name);
            if (next == null || next.getCommandSpec().usageMessage().hidden() && !name.equals("bench")) {
                at.getErr()
                        .println("caravan: no command '" + name + "' under '"
                                + at.getCommandSpec().qualifiedName() + "'; the commands are "
                                + String.join(", ", visible(at)));
                at.getErr().flush();
                return 2;
            }
            at = next;
        }
        at.usage(at.getOut());
        at.getOut().flush();
        return 0;
    }

    private static List<String> visible(CommandLine cl) {
        return cl.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    /** Adds -h/--help to every command and a help subcommand to every command that has subcommands. */
    static void addEverywhere(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        if (!spec.optionsMap().containsKey("--help")) {
            spec.addOption(OptionSpec.builder(
                            spec.optionsMap().containsKey("-h")
                                    ? new String[] {"--help"}
                                    : new String[] {"-h", "--help"})
                    .usageHelp(true)
                    .description("Show this help message and exit.")
                    .build());
        }
        List<CommandLine> subs = new ArrayList<>(cl.getSubcommands().values());
        if (!subs.isEmpty() && !cl.getSubcommands().containsKey("help")) {
            cl.addSubcommand("help", new HelpCommand());
        }
        for (CommandLine sub : subs) {
            if (!(sub.getCommand() instanceof HelpCommand)) {
                addEverywhere(sub);
            }
        }
    }
}
