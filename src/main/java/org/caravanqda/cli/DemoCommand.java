package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravanqda.app.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        description = "Build a demo project from bundled fictional interviews (Russian and English,"
                + " relocation to Central Asia), with attributes, the default codebook and two coders' codings.")
final class DemoCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(names = "--dir", defaultValue = "caravan-demo", description = "where to build it (default: ./caravan-demo)")
    Path dir;

    DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        DemoService.DemoReport r = new DemoService(ctx.app()).build(dir, new StderrProgress(ctx.err()));
        TextTable t = new TextTable("document", "language", "words", "turns/paragraphs", "speakers");
        r.imported()
                .documents()
                .forEach(d -> t.row(d.name(), d.language(), d.words(), d.units(), String.join(", ", d.speakers())));
        t.print(ctx.out());
        ctx.out().println();
        ctx.out().println("Demo project: " + r.project().toAbsolutePath().normalize());
        ctx.out()
                .println("  " + r.imported().documents().size() + " interviews, "
                        + r.imported().words() + " words, " + r.imported().attributeValues()
                        + " participant attribute values");
        ctx.out().println("  " + r.codes() + " codes in the default codebook (migration to Central Asia)");
        ctx.out().println("  " + r.codings() + " demo codings by " + String.join(" and ", r.coders()));
        r.queries().forEach((q, hits) -> {
            ctx.out().println();
            ctx.out()
                    .println("caravan search -p " + dir + " '" + q.query() + "' --in "
                            + q.scope().name().toLowerCase() + "   # " + q.what());
            ctx.out()
                    .println("  " + hits.total() + " hits"
                            + (hits.total() > hits.hits().size()
                                    ? ", the first " + hits.hits().size()
                                    : "") + ":");
            hits.hits()
                    .forEach(h -> ctx.out()
                            .println("  " + h.document() + (h.speaker() == null ? "" : " (" + h.speaker() + ")") + ": "
                                    + h.snippet()));
        });
        ctx.out().println();
        ctx.out().println("  coded segments, codebook and tables in Excel: " + r.export());
        ctx.out().println("Try:");
        String p = " -p " + dir;
        ctx.out().println("  caravan documents" + p);
        ctx.out().println("  caravan codebook list" + p);
        ctx.out().println("  caravan codings" + p + " --code 'Exit as voice'");
        ctx.out().println("  caravan table" + p + " matrix --by destination");
        ctx.out().println("  caravan export" + p + " segments.csv --bom");
        return 0;
    }
}
