package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "codings", description = "List codings with their coded text.")
final class CodingsCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(names = "--document", description = "only this document")
    String document;

    @Option(names = "--code", paramLabel = "PATH", description = "only this code and its sub-codes")
    String code;

    @Option(names = "--coder", description = "only this coder")
    String coder;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    CodingsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.openForReading(project.dir)) {
            List<CodingView> codings = p.codings().codings(document, code, coder);
            if (format == OutputFormat.json) {
                ctx.out()
                        .println(Json.write(
                                codings.stream().map(CodingsCommand::json).toList()));
            } else {
                TextTable t = new TextTable("id", "document", "code", "coder", "start", "end", "text");
                codings.forEach(
                        c -> t.row(c.id(), c.document(), c.code(), c.coder(), c.start(), c.end(), oneLine(c.text())));
                t.print(ctx.out());
            }
        }
        return 0;
    }

    private static Map<String, Object> json(CodingView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("document", c.document());
        m.put("code", c.code());
        m.put("coder", c.coder());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("text", c.text());
        m.put("memo", c.memo());
        m.put("created", Json.plain(c.created()));
        return m;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 70 ? flat : flat.substring(0, 67) + "...";
    }
}
