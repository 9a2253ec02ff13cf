package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Server projects for a team (issue 20, docs/team.md): moving a project onto a server and taking a copy off it. */
@Command(
        name = "team",
        description = "Work as a team on a project on a PostgreSQL server: publish a folder project there, take"
                + " a local snapshot of it.",
        subcommands = {
            TeamCommand.Publish.class,
            TeamCommand.Snapshot.class,
            TeamMembersCommand.Members.class,
            TeamCommand.NewCacheKey.class
        })
final class TeamCommand implements Callable<Integer> {
    private final CliContext ctx;

    TeamCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.err()
                .println(
                        "caravan team: give a subcommand: publish, snapshot, members or new-cache-key (caravan team --help)");
        return 2;
    }

    /** Prints the rows copied: "documents 9, codings 312, ...", the tables that hold any. */
    static void report(CliContext ctx, String what, Map<String, Long> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach((table, n) -> {
            if (n > 0 && !table.equals("project")) {
                b.append(b.length() == 0 ? "" : ", ").append(table).append(' ').append(n);
            }
        });
        ctx.out().println(what + (b.length() == 0 ? " (no rows besides the project)" : ": " + b));
    }

    @Command(
            name = "publish",
            description = "Copy a folder project into an existing empty database on a PostgreSQL 15+ server, rows with"
                    + " their ids and guids, in one transaction; the folder is left as it is.")
    static final class Publish implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--to", required = true, paramLabel = "URL", description = "postgresql://HOST[:PORT]/DATABASE")
        String to;

        Publish(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (!ctx.app().isServerAddress(to)) {
                throw new CaravanException("--to takes a server: postgresql://HOST[:PORT]/DATABASE, not " + to);
            }
            Path target = ProjectLocation.resolve(ctx.app(), to);
            try (Project p = ctx.open(project.dir)) {
                Map<String, Long> rows = ctx.app().copyProject(p, target);
                report(
                        ctx,
                        "published " + ctx.app().shown(p.directory()) + " to "
                                + ctx.app().shown(target),
                        rows);
            }
            return 0;
        }
    }

    @Command(
            name = "snapshot",
            description = "Copy a server project into a new local folder project (rows with their ids and guids); the"
                    + " copy is an ordinary project that opens without the server.")
    static final class Snapshot implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--to", required = true, paramLabel = "DIR", description = "the new project folder")
        Path to;

        Snapshot(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Path target = ctx.here(to);
            if (ctx.app().isProject(target)) {
                throw new CaravanException(
                        target + " already holds a Caravan project: take the snapshot into a new" + " folder");
            }
            try (Project p = ctx.open(project.dir)) {
                Map<String, Long> rows = ctx.app().copyProject(p, target);
                report(ctx, "copied " + ctx.app().shown(p.directory()) + " to " + target, rows);
            }
            return 0;
        }
    }

    @Command(
            name = "new-cache-key",
            description =
                    "Give your login a new key for its local caches of a server project (after a laptop was lost):"
                            + " this machine's cache is removed now, every other one made under the old key is rebuilt from the"
                            + " server when it next opens.")
    static final class NewCacheKey implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        NewCacheKey(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                boolean had = p.renewCacheKey();
                ctx.out()
                        .println((had ? "a new cache key for " : "a cache key for ")
                                + ctx.app().shown(p.directory())
                                + ": the local cache made under the old key is removed; other machines' caches are"
                                + " rebuilt from the server when they next open");
            }
            return 0;
        }
    }
}
