package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Caravan;
import org.caravanqda.bench.BenchConfig;
import org.caravanqda.bench.BenchResult;
import org.caravanqda.bench.BenchService;
import org.caravanqda.io.xlsx.BareSxssfLoop;
import org.caravanqda.store.H2LikeBaselines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        description =
                "Measure import (with --segments, export; with --search-segments, search) throughput and peak heap on a deterministic synthetic corpus"
                        + " (metric names: docs/performance.md).")
public final class BenchCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--documents", defaultValue = "100", description = "number of documents (default: 100)")
    int documents;

    @Option(names = "--words", defaultValue = "10000", description = "words per document (default: 10000)")
    int words;

    @Option(names = "--corpus", paramLabel = "DIR", description = "take real sentences from .conllu/.txt files here")
    Path corpus;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: 42)")
    long seed;

    @Option(
            names = "--segments",
            defaultValue = "0",
            description =
                    "also code this many segments and measure the .xlsx/.csv export against a bare POI loop (default: 0)")
    int segments;

    @Option(
            names = "--search-segments",
            defaultValue = "0",
            description =
                    "also code this many segments and time searches against SQL LIKE over their texts (default: 0)")
    int searchSegments;

    @Option(
            names = "--codebook-codes",
            defaultValue = "0",
            description = "instead: import a .qdc codebook of this many codes (issue #22)")
    int codebookCodes;

    @Option(
            names = "--turns",
            defaultValue = "0",
            description = "instead: import one transcript of this many tiny turns (issue #22)")
    int turns;

    @Option(
            names = "--autocode-hits",
            defaultValue = "0",
            description = "instead: an auto-coding dry run over about this many hits (issue #22)")
    int autocodeHits;

    @Option(
            names = "--heatmap",
            description =
                    "also time the co-occurrence heat map of 100 codes over 1,000 interviews, as the window makes it")
    boolean heatmap;

    @Option(
            names = "--retrieval-segments",
            defaultValue = "0",
            description = "also code this many segments (or take the --segments ones) and time opening the"
                    + " retrieval view on all of them (default: 0)")
    int retrievalSegments;

    @Option(
            names = "--team-coders",
            defaultValue = "0",
            description = "instead: this many members code one PostgreSQL team project at once (issue #20)")
    int teamCoders;

    @Option(names = "--seconds", defaultValue = "60", description = "with --team-coders: how long (default: 60)")
    int seconds;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "with --team-coders: a PostgreSQL server (jdbc:postgresql://host:port/db; the login from"
                    + " PGUSER and PGPASSWORD) instead of an embedded one")
    String server;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    BenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The bench's composition: the application with the baselines it is measured against. */
    public static BenchService service(Caravan app) {
        return new BenchService(app, new H2LikeBaselines(), new BareSxssfLoop());
    }

    /** Found by {@link CaravanCli} through ServiceLoader when caravan-bench.jar is on the class path. */
    public static final class Extension implements CommandExtension {
        @Override
        public String name() {
            return "bench";
        }

        @Override
        public Object command(CliContext ctx) {
            return new BenchCommand(ctx);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (teamCoders > 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            new org.caravanqda.bench.TeamBench(teamCoders, seconds, server, seed)
                    .run(new StderrProgress(ctx.err()))
                    .forEach((k, v) -> m.put(k, Json.plain(v)));
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(Map.of("metrics", m)));
            } else {
                TextTable t = new TextTable("metric", "value");
                m.forEach(t::row);
                t.print(ctx.out());
            }
            return 0;
        }
        if (codebookCodes > 0 || turns > 0 || autocodeHits > 0) {
            Map<String, Object> m = org.caravanqda.bench.LimitsBench.run(
                    ctx.app(), codebookCodes, turns, autocodeHits, new StderrProgress(ctx.err()));
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(Map.of("metrics", m)));
            } else {
                TextTable t = new TextTable("metric", "value");
                m.forEach(t::row);
                t.print(ctx.out());
            }
            return 0;
        }
        BenchResult r = service(ctx.app())
                .run(
                        new BenchConfig(documents, words, corpus, seed, segments, searchSegments, retrievalSegments),
                        new StderrProgress(ctx.err()));
        if (heatmap) {
            Map<String, Double> all = new LinkedHashMap<>(r.metrics());
            all.putAll(org.caravanqda.gui.analysis.HeatMapBench.run(ctx.app(), seed, new StderrProgress(ctx.err())));
            r = new BenchResult(r.config(), all);
        }
        if (format == OutputFormat.json) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            r.metrics().forEach((k, v) -> metrics.put(k, Json.plain(v)));
            ctx.out().println(Json.write(Map.of("config", r.config(), "metrics", metrics)));
        } else {
            TextTable t = new TextTable("metric", "value");
            r.config().forEach((k, v) -> t.row("config." + k, v));
            r.metrics().forEach(t::row);
            t.print(ctx.out());
        }
        return 0;
    }
}
