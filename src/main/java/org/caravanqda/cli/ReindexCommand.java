package org.caravanqda.cli;

import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.search.IndexSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", description = "Rebuild the search index from the project database.")
final class ReindexCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    ReindexCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            long t0 = System.nanoTime();
            IndexSync.Outcome o = p.search().sync().rebuild(new StderrProgress(ctx.err()));
            ctx.out()
                    .printf(
                            "reindexed %d documents (store generation %d) in %.1f s%n",
                            o.documents(), o.generation(), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
