package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.tables.TableService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

@Command(
        name = "table",
        description = "Analysis tables of the coded data; rows of a parent code count its sub-codes too.",
        subcommands = {TableCommand.Frequencies.class, TableCommand.Cooccurrence.class, TableCommand.Matrix.class})
final class TableCommand {
    // inherited, so both "table -p DIR frequencies" (the documented order) and "table frequencies -p DIR" work
    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            defaultValue = ".",
            scope = ScopeType.INHERIT,
            converter = ProjectLocation.class,
            description = "project folder (default: the current folder)")
    Path project;

    @Option(
            names = "--coder",
            split = ",",
            paramLabel = "NAME",
            scope = ScopeType.INHERIT,
            description = "only codings by this coder (repeat or comma-separate for several)")
    List<String> coders = new ArrayList<>();

    @Option(
            names = {"--documents", "--document"},
            split = ",",
            paramLabel = "NAME",
            scope = ScopeType.INHERIT,
            description = "only these documents (names with or without extension, comma-separated)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", scope = ScopeType.INHERIT, description = "table, json or csv")
    TableFormat format;

    @Option(
            names = "--query",
            paramLabel = "Q",
            scope = ScopeType.INHERIT,
            description = "only the coded segments this search query finds (Lucene syntax, as in caravan search)")
    String query;

    @Option(
            names = "--real-names",
            scope = ScopeType.INHERIT,
            description =
                    "show real names although the project has a pseudonym list (document names, attribute values)")
    boolean realNames;

    Selection selection(Project project, java.io.PrintWriter warnings) {
        return SelectionOptions.selection(project, coders, documents, query, warnings);
    }

    @Command(
            name = "frequencies",
            description = "Per code: codings, coded words (overlaps once), documents, and codings per document.")
    static final class Frequencies implements Callable<Integer> {
        private final CliContext ctx;

        @ParentCommand
        TableCommand common;

        Frequencies(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            return print(ctx, common, p -> p.tables().frequencies(common.selection(p, ctx.err())));
        }
    }

    @Command(
            name = "cooccurrence",
            description = "Pairs of codes: units (turns, paragraphs) where both occur, and overlapping segment pairs.")
    static final class Cooccurrence implements Callable<Integer> {
        private final CliContext ctx;

        @ParentCommand
        TableCommand common;

        Cooccurrence(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            return print(ctx, common, p -> p.tables().cooccurrence(common.selection(p, ctx.err())));
        }
    }

    @Command(
            name = "matrix",
            description = "Code x attribute value: documents with the code and codings; numbers and dates binned.")
    static final class Matrix implements Callable<Integer> {
        private final CliContext ctx;

        @ParentCommand
        TableCommand common;

        @Option(
                names = "--by",
                required = true,
                paramLabel = "ATTRIBUTE",
                description = "the attribute, e.g. destination")
        String by;

        @Option(
                names = "--bins",
                defaultValue = "" + TableService.DEFAULT_BINS,
                description = "about how many bins for a numeric attribute (default: ${DEFAULT-VALUE})")
        int bins;

        Matrix(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            return print(ctx, common, p -> p.tables().matrix(by, common.selection(p, ctx.err()), bins));
        }
    }

    private static int print(
            CliContext ctx, TableCommand common, java.util.function.Function<Project, DataTable> table) {
        try (Project p = ctx.open(common.project)) {
            common.format.print(p.pseudonyms().table(table.apply(p), common.realNames), ctx);
        }
        return 0;
    }
}
