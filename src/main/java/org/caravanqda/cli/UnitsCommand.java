package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.documents.UnitListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "units",
        description = "List a document's units (turns with their speakers, paragraphs, or sentences) with their"
                + " offsets, as `code --start/--end` takes them, and count turns per speaker.")
final class UnitsCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--document", required = true, description = "document name (extension optional when unambiguous)")
    String document;

    @Option(names = "--kind", description = "turn, paragraph or sentence (default: turns and paragraphs as imported)")
    String kind;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    UnitsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            UnitListing l = p.documents().units(document, kind);
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("document", l.document());
                m.put("kind", l.kind());
                m.put("units", l.units());
                m.put("turnsBySpeaker", l.turnsBySpeaker());
                ctx.out().println(Json.write(m));
                return 0;
            }
            TextTable t = new TextTable("#", "kind", "start", "end", "speaker", "text");
            l.units()
                    .forEach(u -> t.row(
                            u.number(),
                            u.kind(),
                            u.start(),
                            u.end(),
                            u.speaker() == null ? "" : u.speaker(),
                            oneLine(u.text())));
            t.print(ctx.out());
            ctx.out().println(l.units().size() + " " + l.kind() + " units in " + l.document());
            if (!l.turnsBySpeaker().isEmpty()) {
                ctx.out().println();
                TextTable s = new TextTable("speaker", "turns");
                l.turnsBySpeaker().forEach(s::row);
                s.print(ctx.out());
            }
        }
        return 0;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 70 ? flat : flat.substring(0, 67) + "...";
    }
}
