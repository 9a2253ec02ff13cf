package org.caravanqda.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.common.ForeignObjectsException;
import org.caravanqda.app.search.StoreBehindIndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "check",
        description = "Verify the project database and bring the search index up to date"
                + " (repairing it if needed). Exit 1 when the database itself has problems.")
final class CheckCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    @Option(
            names = "--repair",
            description = "Also accept a database that is behind its search index (an older copy put back, or"
                    + " one whose end was lost): a copy of its file is kept beside it, then the search index is"
                    + " rebuilt from it. Without this, such a database is reported and left untouched.")
    boolean repair;

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try {
            if (!repair) {
                try (Project p = ctx.open(project.dir)) {
                    return print(p.check().run(new StderrProgress(ctx.err())));
                } catch (StoreBehindIndexException e) {
                    return print(CheckService.refused(e));
                }
            }
            try (Project p = ctx.openForRepair(project.dir)) {
                return print(p.check().run(new StderrProgress(ctx.err())));
            }
        } catch (ForeignObjectsException e) {
            // not opened (issue #22): the report names what Caravan's migrations did not make
            ctx.err().println("caravan: " + e.getMessage());
            return print(new CheckService.CheckReport(
                    false,
                    e.objects().stream()
                            .map(o -> "the database's schema differs from Caravan's migrations: " + o
                                    + "; the project was not opened")
                            .toList(),
                    List.of(),
                    Map.of(),
                    null));
        }
    }

    private int print(CheckService.CheckReport r) {
        if (format == OutputFormat.json) {
            ctx.out().println(Json.write(r));
        } else {
            r.store().forEach((k, v) -> ctx.out().println("store." + k + ": " + v));
            if (r.index() == null) {
                ctx.out().println("index: not opened");
            } else if (r.index().schemaVersion() == 0) {
                ctx.out().println("index: made at change " + r.index().generation() + " (not opened)");
            } else {
                ctx.out()
                        .println("index: schema " + r.index().schemaVersion() + ", generation "
                                + r.index().generation() + ", "
                                + r.index().segments() + " segments, "
                                + r.index().units() + " units, " + r.index().documents()
                                + " documents, " + r.index().bytes() / 1024 + " KiB");
            }
            r.repairs().forEach(x -> ctx.out().println("repaired: " + x));
            r.problems().forEach(x -> ctx.out().println("problem: " + x));
            ctx.out().println(r.ok() ? "ok" : r.problems().size() + " problems");
        }
        return r.ok() ? 0 : 1;
    }
}
