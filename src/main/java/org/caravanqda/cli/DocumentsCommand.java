package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.documents.DocumentListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "documents", description = "List documents with language, words, units, speakers and attributes.")
final class DocumentsCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    DocumentsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.openForReading(project.dir)) {
            List<DocumentListing> docs = p.documents().list();
            if (format == OutputFormat.json) {
                ctx.out()
                        .println(Json.write(
                                docs.stream().map(DocumentsCommand::json).toList()));
            } else {
                TextTable t = new TextTable("name", "language", "words", "units", "codings", "speakers", "attributes");
                docs.forEach(d -> t.row(
                        d.name(),
                        d.language(),
                        d.words(),
                        d.units(),
                        d.codings(),
                        String.join(", ", d.speakers()),
                        attributes(d)));
                t.print(ctx.out());
            }
        }
        return 0;
    }

    private static Map<String, Object> json(DocumentListing d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("language", d.language());
        m.put("words", d.words());
        m.put("units", d.units());
        m.put("speakers", d.speakers());
        Map<String, Object> attrs = new LinkedHashMap<>();
        d.attributes().forEach((k, v) -> attrs.put(k, Json.plain(v)));
        m.put("attributes", attrs);
        m.put("codings", d.codings());
        return m;
    }

    private static String attributes(DocumentListing d) {
        StringBuilder b = new StringBuilder();
        d.attributes()
                .forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(Json.plain(v)));
        return b.toString();
    }
}
