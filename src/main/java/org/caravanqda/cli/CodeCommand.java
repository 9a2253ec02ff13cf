package org.caravanqda.cli;

import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "code",
        description = "Apply a code to a passage, by offsets (UTF-16 units of the stored text) or by an"
                + " exact quote. Prints the new coding id. With --from FILE.csv, code every row of a table"
                + " (columns document, quote or start/end, code, coder, memo; optional occurrence) in one"
                + " transaction: a row that cannot be coded refuses the whole file and names the row.")
final class CodeCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--from",
            paramLabel = "FILE.csv",
            description = "code every row of this table (document, quote or start/end, code, coder, memo)")
    java.nio.file.Path from;

    @Option(names = "--format", defaultValue = "table", description = "with --from: table or json")
    OutputFormat format;

    @Option(names = "--document", description = "document name (extension optional when unambiguous)")
    String document;

    @Option(names = "--start", description = "start offset")
    Integer start;

    @Option(names = "--end", description = "end offset (exclusive)")
    Integer end;

    @Option(names = "--quote", description = "the exact text to code")
    String quote;

    @Option(names = "--occurrence", paramLabel = "K", description = "which occurrence of a recurring quote (1-based)")
    Integer occurrence;

    @Option(names = "--code", paramLabel = "PATH", description = "code path, e.g. 'Exit as voice/Silent protest'")
    String code;

    @Option(names = "--coder", description = "coder name (default: $CARAVAN_CODER or the OS user)")
    String coder;

    @Option(names = "--memo", description = "a memo on the coding")
    String memo;

    CodeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (from != null) {
            return batch();
        }
        if (document == null || code == null) {
            throw new picocli.CommandLine.ParameterException( // a usage error: exit 2, as before --from
                    spec.commandLine(),
                    "give --document and --code (with --quote or --start/--end), or --from FILE.csv");
        }
        try (Project p = ctx.open(project.dir)) {
            long id = p.codings().code(new CodeRequest(document, start, end, quote, occurrence, code, coder, memo));
            ctx.out().println(id);
        }
        return 0;
    }

    private int batch() {
        if (document != null
                || code != null
                || quote != null
                || start != null
                || end != null
                || memo != null
                || occurrence != null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--from takes documents, passages and codes from the table; give only --coder (the default"
                            + " coder of rows without one) beside it");
        }
        try (Project p = ctx.open(project.dir)) {
            var rows = p.codingBatch().codeFrom(from, coder);
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(rows));
            } else {
                TextTable t = new TextTable("row", "coding", "document", "start", "end", "code", "coder");
                rows.forEach(r -> t.row(r.row(), r.coding(), r.document(), r.start(), r.end(), r.code(), r.coder()));
                t.print(ctx.out());
                ctx.out().println("coded " + rows.size() + " rows of " + from.getFileName() + " in one transaction");
            }
        }
        return 0;
    }
}
