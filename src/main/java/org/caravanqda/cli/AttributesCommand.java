package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.model.AttributeType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "attributes",
        description = "Participant attributes: documents x attributes, typed (text, number, date, yes/no).",
        subcommands = {
            AttributesCommand.Import.class,
            AttributesCommand.ListValues.class,
            AttributesCommand.Add.class,
            AttributesCommand.Set.class
        })
final class AttributesCommand {

    @Command(name = "list", description = "The attribute table: one row per document, one column per attribute.")
    static final class ListValues implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        ListValues(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                AttributeService.Sheet sheet = p.attributes().sheet();
                if (format == OutputFormat.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    Map<String, String> types = new LinkedHashMap<>();
                    sheet.attributes().forEach((k, t) -> types.put(k, AttributeValues.typeName(t)));
                    m.put("attributes", types);
                    m.put(
                            "documents",
                            sheet.rows().stream()
                                    .map(r -> {
                                        Map<String, Object> row = new LinkedHashMap<>();
                                        row.put("name", r.document());
                                        Map<String, Object> v = new LinkedHashMap<>();
                                        r.values().forEach((k, x) -> v.put(k, Json.plain(x)));
                                        row.put("attributes", v);
                                        row.put("versions", r.versions());
                                        return row;
                                    })
                                    .toList());
                    ctx.out().println(Json.write(m));
                } else {
                    List<String> header = new ArrayList<>(List.of("document"));
                    sheet.attributes().forEach((k, t) -> header.add(k + " (" + AttributeValues.typeName(t) + ")"));
                    TextTable t = new TextTable(header.toArray(String[]::new));
                    for (AttributeService.Row r : sheet.rows()) {
                        List<Object> cells = new ArrayList<>(List.of(r.document()));
                        sheet.attributes()
                                .keySet()
                                .forEach(k -> cells.add(
                                        AttributeValues.text(r.values().get(k))));
                        t.row(cells.toArray());
                    }
                    t.print(ctx.out());
                }
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add an attribute with no values yet.")
    static final class Add implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--type", defaultValue = "text", description = "text, number, date or yes/no")
        String type;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            AttributeType t = AttributeValues.type(type);
            try (Project p = ctx.open(project.dir)) {
                String n = p.attributes().define(name, t, coder);
                ctx.out().println("added attribute " + n + " (" + AttributeValues.typeName(t) + ")");
            }
            return 0;
        }
    }

    @Command(
            name = "set",
            description = "Set one document's value of an attribute (an empty VALUE clears it); a value that does not"
                    + " fit the attribute's type is refused.")
    static final class Set implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "DOCUMENT")
        String document;

        @Parameters(index = "1", paramLabel = "ATTRIBUTE")
        String attribute;

        @Parameters(index = "2", paramLabel = "VALUE")
        String value;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        @Option(
                names = "--if-version",
                paramLabel = "N",
                description = "only if the value is still at version N, the one you saw (attributes list --format json;"
                        + " 0: it had none): else refused, nothing changed")
        Long ifVersion;

        Set(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                AttributeService.Edit e = p.attributes().set(document, attribute, value, coder, ifVersion);
                ctx.out()
                        .println(e.document() + ": " + e.attribute() + " = "
                                + (e.after().isEmpty() ? "(none)" : e.after())
                                + (e.before().isEmpty() ? "" : " (was " + e.before() + ")"));
            }
            return 0;
        }
    }

    @Command(
            name = "import",
            description = "Load attributes from a CSV: first column the document name, then one"
                    + " column per attribute (types inferred: number, date, boolean, text).")
    static final class Import implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE.csv")
        Path csv;

        @Option(names = "--coder", description = "who imports (for the audit trail)")
        String coder;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                int n = p.attributes().importCsv(csv, coder);
                ctx.out().println("set " + n + " attribute values from " + csv.getFileName());
            }
            return 0;
        }
    }
}
