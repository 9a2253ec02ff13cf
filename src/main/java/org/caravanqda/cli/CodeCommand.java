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
                + " exact quote. Prints the new coding id.")
final class CodeCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--document", required = true, description = "document name (extension optional when unambiguous)")
    String document;

    @Option(names = "--start", description = "start offset")
    Integer start;

    @Option(names = "--end", description = "end offset (exclusive)")
    Integer end;

    @Option(names = "--quote", description = "the exact text to code")
    String quote;

    @Option(names = "--occurrence", paramLabel = "K", description = "which occurrence of a recurring quote (1-based)")
    Integer occurrence;

    @Option(
            names = "--code",
            required = true,
            paramLabel = "PATH",
            description = "code path, e.g. 'Exit as voice/Silent protest'")
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
        try (Project p = ctx.open(project.dir)) {
            long id = p.codings().code(new CodeRequest(document, start, end, quote, occurrence, code, coder, memo));
            ctx.out().println(id);
        }
        return 0;
    }
}
