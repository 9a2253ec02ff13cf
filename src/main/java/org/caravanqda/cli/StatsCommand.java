package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.documents.ProjectStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", description = "Count documents, units, codes, codings, coders and words.")
final class StatsCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    StatsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.openForReading(project.dir)) {
            ProjectStats s = p.documents().stats();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", s.documents());
            m.put("units", s.units());
            m.put("codes", s.codes());
            m.put("codings", s.codings());
            m.put("coders", s.coders());
            m.put("words", s.words());
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(m));
            } else {
                TextTable t = new TextTable("what", "count");
                m.forEach(t::row);
                t.print(ctx.out());
            }
        }
        return 0;
    }
}
