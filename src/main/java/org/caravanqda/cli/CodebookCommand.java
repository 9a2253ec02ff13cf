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
        description = "Import, export, list and edit the codebook. A '/' inside a code name is written \\/ in"
                + " a path (Emotion/Negativ\\/Aufgeregt).",
        subcommands = {
            CodebookCommand.Import.class,
            CodebookCommand.Export.class,
            CodebookCommand.ListCodes.class,
            CodebookCommand.Add.class,
            CodebookCommand.Rename.class,
            CodebookCommand.Move.class,
            CodebookCommand.Recolour.class,
            CodebookCommand.Delete.class,
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
                    + " project's pseudonyms in code names and fields unless --real-names is given. A bare file"
                    + " name goes to the project's exports/ folder, a path with a folder (./book.md) as given.")
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
                // as every command that writes a file: a bare name goes to the project's exports/ folder,
                // a path with a folder (./book.md, ../out/book.qdc, /tmp/book.qdc) as given
                var book = p.codebook().exportFile(file, names);
                ctx.out().println("wrote " + book.file().toAbsolutePath().normalize());
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

    @Command(name = "add", description = "Add a code; the path names its parent, e.g. 'Exit as voice/Silent protest'.")
    static final class Add implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "PATH", description = "the new code's path (its parent must exist)")
        String path;

        @Option(
                names = {"--colour", "--color"},
                paramLabel = "#RRGGBB",
                description = "its colour (default: the next of the palette)")
        String colour;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            org.caravanqda.model.CodePath p0 = parsed(path);
            String parent = p0.depth() == 1
                    ? null
                    : new org.caravanqda.model.CodePath(p0.names().subList(0, p0.depth() - 1)).toString();
            try (Project p = ctx.open(project.dir)) {
                ctx.out().println("added " + p.codebook().add(parent, p0.leaf(), colour, coder));
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a code (its codings, sub-codes, colour and definitions stay).")
    static final class Rename implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "PATH", description = "the code")
        String path;

        @Parameters(index = "1", paramLabel = "NAME", description = "its new name (a name, not a path: '/' is kept)")
        String name;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        Rename(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                ctx.out().println("renamed " + path + " to " + p.codebook().rename(path, name, coder));
            }
            return 0;
        }
    }

    @Command(
            name = "move",
            description = "Move a code with its sub-codes and codings under another code, or to the top level.")
    static final class Move implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "PATH", description = "the code")
        String path;

        @Parameters(
                index = "1",
                arity = "0..1",
                paramLabel = "PARENT",
                description = "the new parent (leave out with --top)")
        String parent;

        @Option(names = "--top", description = "move it to the top level")
        boolean top;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        Move(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (top == (parent != null)) {
                throw new org.caravanqda.app.common.CaravanException("give either a PARENT code or --top");
            }
            try (Project p = ctx.open(project.dir)) {
                ctx.out().println("moved " + path + " to " + p.codebook().move(path, top ? null : parent, coder));
            }
            return 0;
        }
    }

    @Command(name = "recolour", aliases = "recolor", description = "Give a code a new colour.")
    static final class Recolour implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "PATH", description = "the code")
        String path;

        @Parameters(index = "1", paramLabel = "#RRGGBB", description = "the colour")
        String colour;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        Recolour(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                ctx.out().println("recoloured " + p.codebook().recolour(path, colour, coder) + " " + colour);
            }
            return 0;
        }
    }

    @Command(
            name = "delete",
            description = "Delete a code and its sub-codes. A code with codings is refused (nothing changed)"
                    + " unless --force, which deletes those codings too and says how many.")
    static final class Delete implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "PATH", description = "the code")
        String path;

        @Option(names = "--force", description = "also delete the codings of the code and its sub-codes")
        boolean force;

        @Option(names = "--coder", description = "who edits (for the audit trail)")
        String coder;

        Delete(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                var d = p.codebook().delete(path, force, coder);
                ctx.out()
                        .println("deleted " + d.path() + ": " + d.codes() + " code(s), " + d.codings()
                                + " coding(s) in " + d.documents() + " document(s)");
            }
            return 0;
        }
    }

    private static org.caravanqda.model.CodePath parsed(String path) {
        try {
            return org.caravanqda.model.CodePath.parse(path);
        } catch (IllegalArgumentException e) {
            throw new org.caravanqda.app.common.CaravanException(e.getMessage());
        }
    }
}
