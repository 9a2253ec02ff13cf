package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.port.RestoreInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "restore",
        description =
                "Restore a backup made by `caravan backup` into a new project folder and"
                        + " rebuild its search index. An existing project is replaced only with --force, which moves it aside first.")
final class RestoreCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "BACKUP.zip", description = "a backup written by caravan backup")
    Path zip;

    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            required = true,
            description = "the project folder to restore into")
    Path dir;

    @Option(names = "--force", description = "replace a project in DIR (it is moved to DIR.before-restore-DATE-TIME)")
    boolean force;

    RestoreCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        RestoreInfo r = ctx.app().restore(zip, dir, force, () -> ctx.passwords().existing(zip));
        if (r.movedAside() != null) {
            ctx.out().println("moved the old project aside to " + r.movedAside());
        }
        try (Project p = ctx.open(r.dir())) {
            CheckService.CheckReport check = p.check().run(new StderrProgress(ctx.err()));
            ctx.out()
                    .printf(
                            "restored '%s' (schema v%s, backed up %s by Caravan %s) into %s: %d documents, %d codings%n",
                            r.backup().projectName(),
                            r.backup().schemaVersion(),
                            r.backup().createdAt(),
                            r.backup().caravanVersion(),
                            r.dir(),
                            check.store().get("documents"),
                            check.store().get("codings"));
            check.problems().forEach(x -> ctx.out().println("problem: " + x));
            return check.ok() ? 0 : 1;
        }
    }
}
