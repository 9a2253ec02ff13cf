package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.app.cases.CaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caravan cases}: participants across documents, for case: queries and REFI-QDA cases. */
@Command(
        name = "cases",
        description = "Cases: a participant (or family, site) across several documents. case:NAME finds their"
                + " documents in search; REFI-QDA exports carry them.",
        subcommands = {
            CasesCommand.ListCases.class,
            CasesCommand.Import.class,
            CasesCommand.Create.class,
            CasesCommand.Rename.class,
            CasesCommand.Assign.class,
            CasesCommand.Delete.class
        })
final class CasesCommand {
    private CasesCommand() {}

    @Command(name = "list", description = "List cases with their documents and attribute values.")
    static final class ListCases implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        ListCases(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                List<CaseService.CaseListing> cases = p.cases().list();
                if (format == OutputFormat.json) {
                    ctx.out()
                            .println(Json.write(
                                    cases.stream().map(ListCases::json).toList()));
                } else {
                    TextTable t = new TextTable("case", "documents", "attributes");
                    cases.forEach(c -> t.row(c.name(), String.join(", ", c.documents()), values(c.values())));
                    t.print(ctx.out());
                }
            }
            return 0;
        }

        private static Map<String, Object> json(CaseService.CaseListing c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("documents", c.documents());
            Map<String, Object> v = new LinkedHashMap<>();
            c.values().forEach((k, x) -> v.put(k, Json.plain(x)));
            m.put("attributes", v);
            return m;
        }

        private static String values(Map<String, Object> values) {
            StringBuilder b = new StringBuilder();
            values.forEach((k, v) ->
                    b.append(b.length() == 0 ? "" : "; ").append(k).append('=').append(AttributeValues.text(v)));
            return b.toString();
        }
    }

    @Command(
            name = "import",
            description = "Load cases from a CSV with the header case,document[,attribute...]: one row per document"
                    + " of a case; attribute values are the case's (types inferred, or the attribute's when it"
                    + " exists). New cases are made, existing ones get the documents added. One transaction: a bad"
                    + " row refuses the whole file and names the row.")
    static final class Import implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE.csv")
        Path csv;

        @Option(names = "--coder", paramLabel = "NAME", description = "who imports (for the audit trail)")
        String coder;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Path file = ctx.here(csv);
            try (Project p = ctx.open(project.dir)) {
                CaseService.Imported r = p.cases().importCsv(file, coder);
                ctx.out()
                        .println(r.cases() + " case(s) from " + file.getFileName() + " (" + r.created() + " new), "
                                + r.documents() + " document(s), " + r.values() + " attribute value(s)");
            }
            return 0;
        }
    }

    @Command(name = "create", description = "Make a case, with documents if named.")
    static final class Create implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "NAME", description = "the case's name (unique)")
        String name;

        @Parameters(index = "1..*", paramLabel = "DOCUMENT", description = "its documents")
        List<String> documents = List.of();

        @Option(names = "--coder", paramLabel = "NAME", description = "who edits (for the audit trail)")
        String coder;

        Create(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                String made = p.cases().create(name, documents, coder);
                ctx.out().println("created case " + made + " with " + documents.size() + " document(s)");
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a case.")
    static final class Rename implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "NEWNAME")
        String newName;

        @Option(names = "--coder", paramLabel = "NAME", description = "who edits (for the audit trail)")
        String coder;

        Rename(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                ctx.out().println("renamed case " + name + " to " + p.cases().rename(name, newName, coder));
            }
            return 0;
        }
    }

    @Command(name = "assign", description = "Give a case exactly these documents (none empties it).")
    static final class Assign implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "NAME", description = "the case")
        String name;

        @Parameters(index = "1..*", paramLabel = "DOCUMENT", description = "its documents")
        List<String> documents = List.of();

        @Option(names = "--coder", paramLabel = "NAME", description = "who edits (for the audit trail)")
        String coder;

        Assign(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                List<String> docs = p.cases().assign(name, documents, coder);
                ctx.out().println("case " + name + ": " + (docs.isEmpty() ? "no documents" : String.join(", ", docs)));
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a case; its documents stay.")
    static final class Delete implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--coder", paramLabel = "NAME", description = "who edits (for the audit trail)")
        String coder;

        Delete(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                int n = p.cases().delete(name, coder);
                ctx.out().println("deleted case " + name + " (its " + n + " document(s) stay)");
            }
            return 0;
        }
    }
}
