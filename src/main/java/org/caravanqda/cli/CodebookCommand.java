package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.pseudonym.PseudonymChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "codebook",
        description = "Import, export and list the codebook.",
        subcommands = {
            CodebookCommand.Import.class,
            CodebookCommand.Export.class,
            CodebookCommand.ListCodes.class,
            CodebookCommand.Merge.class
        })
final class CodebookCommand {

    @Command(name = "import", description = "Add the codes of a REFI-QDA codebook (.qdc); codes are matched by path.")
    static final class Import implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE.qdc")
        Path file;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                var r = p.codebook().importFile(file, null);
                ctx.out()
                        .println("codebook " + file.getFileName() + ": " + r.added() + " codes added, " + r.updated()
                                + " updated");
            }
            return 0;
        }
    }

    @Command(
            name = "export",
            description = "Write the codebook as REFI-QDA (.qdc) or a readable Markdown appendix (.md), with the"
                    + " project's pseudonyms in code names and fields unless --real-names is given.")
    static final class Export implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(
                names = "--real-names",
                description = "write real names in code names and fields although the project has a pseudonym list")
        boolean realNames;

        @Option(
                names = "--pseudonyms",
                paramLabel = "FILE.csv",
                description = "also apply this pseudonym table (real_name,pseudonym) to this export")
        Path pseudonymsFile;

        Export(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                PseudonymChoice names = new PseudonymChoice(
                        realNames,
                        pseudonymsFile == null
                                ? java.util.List.of()
                                : p.pseudonyms().readCsv(pseudonymsFile));
                // a path as given, relative to the working folder (a bare name too, as before)
                var book = p.codebook().exportFile(file.toAbsolutePath(), names);
                ctx.out().println("wrote " + book.file());
                ExportCommand.printPseudonyms(ctx, book.pseudonyms());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "Show the code tree with coding counts.")
    static final class ListCodes implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        ListCodes(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                var tree = p.codebook().tree();
                if (format == OutputFormat.json) {
                    ctx.out()
                            .println(Json.write(
                                    tree.stream().map(ListCodes::json).toList()));
                } else {
                    TextTable t = new TextTable("code", "codings", "with sub-codes", "colour");
                    tree.forEach(n -> t.row(
                            "  ".repeat(n.depth()) + n.code().name(),
                            n.codings(),
                            n.codingsWithDescendants(),
                            n.code().color()));
                    t.print(ctx.out());
                }
            }
            return 0;
        }

        private static Map<String, Object> json(CodeNode n) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", n.path());
            m.put("name", n.code().name());
            m.put("depth", n.depth());
            m.put("color", n.code().color());
            m.put("codings", n.codings());
            m.put("codingsWithDescendants", n.codingsWithDescendants());
            m.put("definition", n.code().definition());
            return m;
        }
    }

    @Command(
            name = "merge",
            description = "Merge a code into another: its codings and sub-codes move to the target,"
                    + " and the code is deleted.")
    static final class Merge implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "SOURCE", description = "the code to merge away")
        String source;

        @Parameters(index = "1", paramLabel = "TARGET", description = "the code that receives its codings")
        String target;

        @Option(names = "--coder", description = "who merges (for the audit trail)")
        String coder;

        Merge(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                String into = p.codebook().merge(source, target, coder);
                ctx.out().println("merged " + source + " into " + into);
            }
            return 0;
        }
    }
}
