package org.caravanqda.cli;

import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "autocode",
        description = "Code every hit of a query (in turns and paragraphs) at the chosen unit;"
                + " running it again creates no duplicates.")
final class AutocodeCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--query", required = true, description = "search query (Lucene syntax)")
    String query;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "the code to apply")
    String code;

    @Option(names = "--unit", defaultValue = "hit", description = "hit (default), sentence, turn or paragraph")
    String unit;

    @Option(names = "--within", paramLabel = "CODE", description = "only inside text already coded with this code")
    String within;

    @Option(names = "--coder", description = "coder name (default: $CARAVAN_CODER or the OS user)")
    String coder;

    @Option(names = "--dry-run", description = "show what would be coded, change nothing")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    AutocodeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            AutocodeReport r =
                    p.autocode().run(new AutocodeRequest(query, code, AutocodeUnit.parse(unit), within, coder, dryRun));
            r.warnings().forEach(w -> ctx.err().println("caravan: warning: " + w));
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(r));
                return 0;
            }
            TextTable t = new TextTable("document", "start", "end", "status", "text");
            r.spans()
                    .forEach(s -> t.row(
                            s.document(),
                            s.start(),
                            s.end(),
                            s.exists() ? "already coded" : dryRun ? "would code" : "coded",
                            oneLine(s.text())));
            t.print(ctx.out());
            ctx.out()
                    .println(r.hits() + (r.hits() == 1 ? " hit" : " hits") + " in "
                            + r.spans().size()
                            + (r.spans().size() == 1 ? " span; " : " spans; ")
                            + (dryRun
                                    ? r.spans().stream()
                                                    .filter(s -> !s.exists())
                                                    .count() + " spans would be coded"
                                    : r.created() + " codings created")
                            + " with '" + r.code() + "' by " + r.coder()
                            + (r.alreadyCoded() > 0 ? "; " + r.alreadyCoded() + " already coded" : ""));
        }
        return 0;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
