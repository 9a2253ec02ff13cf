package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.pseudonym.PseudonymService;
import org.caravanqda.model.Pseudonym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caravan pseudonyms}: the project's list of real names and their pseudonyms. Only
 * {@code list} prints real names (the user asks for them); the other subcommands print counts.
 */
@Command(
        name = "pseudonyms",
        description = "The pseudonym list (real name -> pseudonym) that exports apply.",
        subcommands = {
            PseudonymsCommand.Import.class,
            PseudonymsCommand.ListNames.class,
            PseudonymsCommand.Remove.class,
            PseudonymsCommand.Clear.class
        })
final class PseudonymsCommand {

    @Command(
            name = "import",
            description = "Add or update pseudonyms from a CSV whose header names real_name and"
                    + " pseudonym (optionally kind, notes). A bad file changes nothing.")
    static final class Import implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE.csv")
        Path csv;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                PseudonymService.ImportResult r = p.pseudonyms().importCsv(csv);
                ctx.out()
                        .println("pseudonyms: " + r.added() + " added, " + r.updated() + " updated, " + r.total()
                                + " in the list");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "Print the list (real names included).")
    static final class ListNames implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv")
        TableFormat format;

        ListNames(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                List<List<Object>> rows = p.pseudonyms().list().stream()
                        .map(PseudonymsCommand::row)
                        .toList();
                format.print(
                        new DataTable(
                                "pseudonyms", List.of("real_name", "pseudonym", "kind", "notes"), rows, 1, List.of()),
                        ctx);
            }
            return 0;
        }
    }

    private static List<Object> row(Pseudonym x) {
        return Arrays.asList(x.realName(), x.pseudonym(), x.kind(), x.notes());
    }

    @Command(name = "remove", description = "Remove the pseudonym of one real name (any letter case).")
    static final class Remove implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "NAME", description = "the real name")
        String name;

        Remove(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                p.pseudonyms().remove(name);
                ctx.out().println("removed 1 pseudonym; " + p.pseudonyms().count() + " in the list");
            }
            return 0;
        }
    }

    @Command(name = "clear", description = "Remove every pseudonym.")
    static final class Clear implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        Clear(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                ctx.out().println("removed " + p.pseudonyms().clear() + " pseudonyms");
            }
            return 0;
        }
    }
}
