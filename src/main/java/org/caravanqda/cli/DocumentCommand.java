package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.revision.OrphanView;
import org.caravanqda.app.revision.RevisionReport;
import org.caravanqda.app.revision.RevisionSummary;
import org.caravanqda.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caravan document}: correct a coded transcript, its history, and codings whose text went (issue 21). */
@Command(
        name = "document",
        description = "Correct a coded transcript: replace its text (codings follow), see and revert its history,"
                + " attach or remove codings whose text was deleted (orphans); rename or delete a document.",
        subcommands = {
            DocumentCommand.Replace.class,
            DocumentCommand.Revert.class,
            DocumentCommand.History.class,
            DocumentCommand.OldText.class,
            DocumentCommand.Orphans.class,
            DocumentCommand.Attach.class,
            DocumentCommand.DropOrphan.class,
            DocumentCommand.Rename.class,
            DocumentCommand.Delete.class
        })
final class DocumentCommand {
    private DocumentCommand() {}

    @Command(name = "rename", description = "Rename a document; its codings, memos, attributes and cases stay with it.")
    static final class Rename implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "NAME", description = "the document")
        String document;

        @Parameters(index = "1", paramLabel = "NEWNAME", description = "its new name (unique among documents)")
        String newName;

        @Option(names = "--coder", paramLabel = "NAME", description = "who renames it (for the audit trail)")
        String coder;

        Rename(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                String name = p.documents().rename(document, newName, coder);
                ctx.out().println("renamed " + document + " to " + name);
            }
            return 0;
        }
    }

    @Command(
            name = "delete",
            description = "Delete a document with its attribute values and case links. A document with codings or"
                    + " memos is refused (nothing changed) unless --force, which deletes them too and says how many."
                    + " Back the project up first (caravan backup): the deletion cannot be undone.")
    static final class Delete implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "NAME", description = "the document")
        String document;

        @Option(names = "--force", description = "also delete the document's codings and the memos on it")
        boolean force;

        @Option(names = "--coder", paramLabel = "NAME", description = "who deletes it (for the audit trail)")
        String coder;

        Delete(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                var before = p.documents().removal(document);
                if (!force && before.codings() + before.memos() > 0) {
                    throw new CaravanException(before.name() + " has " + before.codings() + " coding(s) and "
                            + before.memos() + " memo(s); add --force to delete them with it (nothing was changed)");
                }
                var d = p.documents().delete(before.name(), coder);
                ctx.out()
                        .println("deleted " + d.name() + " with " + d.codings() + " coding(s) and " + d.memos()
                                + " memo(s)"
                                + (d.cases().isEmpty() ? "" : "; it left case(s) " + String.join(", ", d.cases())));
            }
            return 0;
        }
    }

    @Command(
            name = "replace",
            description = "Replace a document's text with a corrected file (.txt, .md, .docx, .odt, .srt, .vtt, read as"
                    + " import reads it). Codings follow their text; a coding whose whole text was deleted is kept"
                    + " as an orphan (see: caravan document orphans). The old text is kept: caravan document revert.")
    static final class Replace implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME", description = "the document to correct")
        String document;

        @Parameters(paramLabel = "NEWFILE", description = "the corrected transcript")
        Path file;

        @Mixin
        ReadingOptions reading;

        @Option(names = "--dry-run", description = "print what would happen to the codings; change nothing")
        boolean dryRun;

        @Option(names = "--coder", paramLabel = "NAME", description = "who corrects it (for the audit trail)")
        String coder;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        Replace(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Path newFile = ctx.here(file);
            try (Project p = ctx.open(project.dir)) {
                report(ctx, format, p.revisions().replace(document, newFile, reading.readOptions(), dryRun, coder));
            }
            return 0;
        }
    }

    @Command(
            name = "revert",
            description = "Put back the text a correction replaced (the latest, or --revision N): codings that"
                    + " existed then go back where they were, its orphans are attached again.")
    static final class Revert implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME", description = "the document")
        String document;

        @Option(
                names = "--revision",
                paramLabel = "N",
                description = "the revision whose old text comes back (default: the latest; see: caravan document"
                        + " history)")
        Long revision;

        @Option(names = "--dry-run", description = "print what would happen to the codings; change nothing")
        boolean dryRun;

        @Option(names = "--coder", paramLabel = "NAME", description = "who reverts it (for the audit trail)")
        String coder;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        Revert(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                report(ctx, format, p.revisions().revert(document, revision, dryRun, coder));
            }
            return 0;
        }
    }

    @Command(name = "history", description = "List a document's corrections, newest first: each keeps the old text.")
    static final class History implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME", description = "the document")
        String document;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        History(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                List<RevisionSummary> revisions = p.revisions().history(document);
                if (format == OutputFormat.json) {
                    ctx.out().println(Json.write(revisions));
                    return 0;
                }
                TextTable t = new TextTable("revision", "replaced", "by", "from", "old characters", "codings then");
                revisions.forEach(r -> t.row(
                        r.id(),
                        r.replacedAt().toString(),
                        r.coder() == null ? "" : r.coder(),
                        r.sourceFile() == null ? "(window)" : r.sourceFile(),
                        r.length(),
                        r.codings()));
                t.print(ctx.out());
                ctx.out().println(revisions.size() == 1 ? "1 revision" : revisions.size() + " revisions");
            }
            return 0;
        }
    }

    @Command(name = "old-text", description = "Print the text a correction replaced, exactly as it was stored.")
    static final class OldText implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME", description = "the document")
        String document;

        @Parameters(paramLabel = "REVISION", description = "the revision (see: caravan document history)")
        long revision;

        OldText(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                String text = p.revisions().oldText(document, revision);
                ctx.data().print(text);
                ctx.data().flush();
            }
            return 0;
        }
    }

    @Command(
            name = "orphans",
            description = "List codings whose whole text a correction deleted (of one document, or of all).")
    static final class Orphans implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", paramLabel = "NAME", description = "only this document's")
        String document;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        Orphans(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                List<OrphanView> orphans = p.revisions().orphans(document);
                if (format == OutputFormat.json) {
                    ctx.out().println(Json.write(orphans));
                    return 0;
                }
                TextTable t = new TextTable("id", "document", "code", "coder", "revision", "text");
                orphans.forEach(o -> t.row(o.id(), o.document(), o.code(), o.coder(), o.revision(), o.text()));
                t.print(ctx.out());
                ctx.out().println(orphans.size() + " orphaned codings");
            }
            return 0;
        }
    }

    @Command(name = "attach", description = "Attach an orphaned coding to text of its document again.")
    static final class Attach implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID", description = "the orphan (see: caravan document orphans)")
        long id;

        @Option(
                names = "--quote",
                paramLabel = "TEXT",
                description = "the text to code (found as code --quote finds it)")
        String quote;

        @Option(names = "--occurrence", paramLabel = "K", description = "the K-th place the quote is found (1-based)")
        Integer occurrence;

        @Option(names = "--start", paramLabel = "OFFSET", description = "start offset (UTF-16), with --end")
        Integer start;

        @Option(names = "--end", paramLabel = "OFFSET", description = "end offset (exclusive), with --start")
        Integer end;

        @Option(names = "--coder", paramLabel = "NAME", description = "who attaches it (for the audit trail)")
        String coder;

        Attach(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if ((start == null) != (end == null) || (quote != null) == (start != null)) {
                throw new CaravanException("say where: --quote TEXT, or --start and --end; nothing changed");
            }
            if (start != null && (start < 0 || end <= start)) {
                throw new CaravanException("--start and --end must be 0 <= start < end; nothing changed");
            }
            try (Project p = ctx.open(project.dir)) {
                OrphanView o =
                        p.revisions().attach(id, start == null ? null : new Span(start, end), quote, occurrence, coder);
                ctx.out().println("attached coding " + o.id() + " (" + o.code() + ") in " + o.document());
            }
            return 0;
        }
    }

    @Command(name = "drop-orphan", description = "Remove an orphaned coding for good.")
    static final class DropOrphan implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID", description = "the orphan (see: caravan document orphans)")
        long id;

        @Option(names = "--coder", paramLabel = "NAME", description = "who removes it (for the audit trail)")
        String coder;

        DropOrphan(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                OrphanView o = p.revisions().remove(id, coder);
                ctx.out().println("removed orphaned coding " + o.id() + " (" + o.code() + ") of " + o.document());
            }
            return 0;
        }
    }

    /** The report of a replace or revert: counts, then each adjusted and orphaned coding. */
    static void report(CliContext ctx, OutputFormat format, RevisionReport r) {
        if (format == OutputFormat.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", r.document());
            m.put("dryRun", r.dryRun());
            m.put("revision", r.revision());
            m.put("oldCharacters", r.oldLength());
            m.put("newCharacters", r.newLength());
            m.put("units", r.units());
            m.put("codings", r.codings());
            m.put("kept", r.kept());
            m.put("restored", r.restored());
            m.put("adjusted", r.adjusted());
            m.put("orphaned", r.orphaned());
            ctx.out().println(Json.write(m));
            return;
        }
        if (r.dryRun()) {
            ctx.out().println("dry run: nothing was changed");
        }
        ctx.out()
                .println(r.document() + ": " + r.oldLength() + " -> " + r.newLength() + " characters, " + r.units()
                        + " units");
        ctx.out()
                .println("codings: " + r.kept() + " kept exactly, "
                        + r.adjusted().size() + " adjusted, " + r.orphaned().size() + " orphaned"
                        + (r.restored() > 0 ? ", " + r.restored() + " restored" : ""));
        if (!r.adjusted().isEmpty()) {
            TextTable t = new TextTable("adjusted", "code", "coder", "before", "after");
            r.adjusted().forEach(a -> t.row(a.coding(), a.code(), a.coder(), a.before(), a.after()));
            t.print(ctx.out());
        }
        if (!r.orphaned().isEmpty()) {
            TextTable t = new TextTable("orphaned", "code", "coder", "text");
            r.orphaned().forEach(o -> t.row(o.coding(), o.code(), o.coder(), o.text()));
            t.print(ctx.out());
            ctx.out()
                    .println("orphans are kept: caravan document attach ID --quote TEXT, or caravan document"
                            + " drop-orphan ID");
        }
        if (!r.dryRun()) {
            ctx.out()
                    .println("revision " + r.revision() + " keeps the old text: caravan document revert --document \""
                            + r.document() + "\"");
        }
    }
}
