package org.caravanqda.cli;

import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "uncode", description = "Remove a coding by its id.")
final class UncodeCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--id", required = true, description = "coding id (see: caravan codings)")
    long id;

    @Option(names = "--coder", description = "who removes it (for the audit trail)")
    String coder;

    @Option(
            names = "--if-version",
            paramLabel = "N",
            description = "only if it is still at version N (the one you saw): else refused, nothing changed")
    Long ifVersion;

    UncodeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            p.codings().uncode(id, coder, ifVersion);
            ctx.out().println("removed coding " + id);
        }
        return 0;
    }
}
