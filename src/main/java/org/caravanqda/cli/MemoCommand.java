package org.caravanqda.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.memos.MemoEntry;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.model.Memo;
import org.caravanqda.model.Memo.MemoTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caravan memo}: memos on the project, documents, codes and codings. */
@Command(
        name = "memo",
        description = "Memos on the project, a document, a code or a coding.",
        subcommands = {
            MemoCommand.Add.class,
            MemoCommand.ListMemos.class,
            MemoCommand.Show.class,
            MemoCommand.Edit.class,
            MemoCommand.Remove.class
        })
final class MemoCommand {

    /** Which target: one of these, or none for a memo on the project itself. */
    static final class On {
        @Option(names = "--document", paramLabel = "NAME", description = "a memo on this document")
        String document;

        @Option(names = "--code", paramLabel = "PATH", description = "a memo on this code (path or unique name)")
        String code;

        @Option(names = "--coding", paramLabel = "ID", description = "a memo on this coding (see: caravan codings)")
        Long coding;

        MemoService.Target target() {
            if (document != null) {
                return MemoService.Target.document(document);
            }
            if (code != null) {
                return MemoService.Target.code(code);
            }
            if (coding != null) {
                return MemoService.Target.coding(coding);
            }
            return MemoService.Target.project();
        }
    }

    /** The memo's text: given, or read from a UTF-8 file. */
    static final class Text {
        @Option(names = "--text", paramLabel = "TEXT", description = "the memo's text")
        String text;

        @Option(names = "--text-file", paramLabel = "FILE", description = "read the memo's text from this UTF-8 file")
        Path file;

        String read() {
            if (file == null) {
                return text;
            }
            try {
                if (Files.size(file) > 4L * MemoService.MAX_TEXT) {
                    throw new CaravanException(file + " is too large for a memo");
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CaravanException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "add", description = "Write a memo (on the project unless --document, --code or --coding).")
    static final class Add implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        On on = new On();

        @ArgGroup(exclusive = true, multiplicity = "1")
        Text text;

        @Option(names = "--title", description = "a short title")
        String title;

        @Option(names = "--coder", paramLabel = "NAME", description = "who writes it (default: your user name)")
        String coder;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        Add(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            String body = text.read();
            try (Project p = ctx.open(project.dir)) {
                Memo m = p.memos().add(on.target(), title, body, coder);
                print(ctx, format, p.memos().show(m.id()), "added memo " + m.id());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List memos (id, on, target, title, author, dates); filter by text.")
    static final class ListMemos implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--on", paramLabel = "KIND", description = "only memos on: project, document, code or coding")
        String kind;

        @Option(
                names = "--filter",
                paramLabel = "TEXT",
                description = "only memos whose title, text, target or author contains TEXT (any case)")
        String filter;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv")
        TableFormat format;

        ListMemos(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            MemoTarget on = kind(kind);
            try (Project p = ctx.open(project.dir)) {
                List<MemoEntry> memos = p.memos().list(on, filter);
                if (format == TableFormat.json) {
                    ctx.out()
                            .println(Json.write(
                                    memos.stream().map(MemoCommand::json).toList()));
                } else if (format == TableFormat.csv) {
                    TableFormat.csv.print(MemoService.table(memos), ctx);
                } else {
                    TextTable t = new TextTable("id", "on", "target", "title", "author", "created", "memo");
                    memos.forEach(e -> t.row(
                            e.id(),
                            e.memo().target().name().toLowerCase(java.util.Locale.ROOT),
                            e.target(),
                            e.memo().title() == null ? "" : e.memo().title(),
                            e.memo().coder() == null ? "" : e.memo().coder(),
                            e.memo().createdAt().toString(),
                            firstLine(e.memo().text())));
                    t.print(ctx.out());
                    ctx.out().println(memos.size() + " memos");
                }
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Print one memo in full.")
    static final class Show implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        Show(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                print(ctx, format, p.memos().show(id), null);
            }
            return 0;
        }
    }

    @Command(name = "edit", description = "Change a memo's title and/or text.")
    static final class Edit implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID")
        long id;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Text text;

        @Option(names = "--title", description = "the new title (\"\" removes it)")
        String title;

        @Option(names = "--coder", paramLabel = "NAME", description = "who edits it (for the audit trail)")
        String coder;

        @Option(
                names = "--if-version",
                paramLabel = "N",
                description = "only if it is still at version N (the one you saw): else refused, nothing changed")
        Long ifVersion;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        Edit(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            String body = text == null ? null : text.read();
            if (body == null && title == null) {
                throw new CaravanException("give --text, --text-file or --title");
            }
            try (Project p = ctx.open(project.dir)) {
                p.memos().edit(id, title, body, coder, ifVersion);
                print(ctx, format, p.memos().show(id), "edited memo " + id);
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a memo.")
    static final class Remove implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--coder", paramLabel = "NAME", description = "who removes it (for the audit trail)")
        String coder;

        @Option(
                names = "--if-version",
                paramLabel = "N",
                description = "only if it is still at version N (the one you saw): else refused, nothing changed")
        Long ifVersion;

        Remove(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                Memo m = p.memos().remove(id, coder, ifVersion);
                ctx.out().println("removed memo " + m.id());
            }
            return 0;
        }
    }

    static MemoTarget kind(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return MemoTarget.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CaravanException("--on takes project, document, code or coding, not '" + kind + "'");
        }
    }

    private static void print(CliContext ctx, OutputFormat format, MemoEntry e, String done) {
        if (format == OutputFormat.json) {
            ctx.out().println(Json.write(json(e)));
            return;
        }
        if (done != null) {
            ctx.out().println(done);
        }
        Memo m = e.memo();
        ctx.out()
                .println("memo " + m.id() + " on " + m.target().name().toLowerCase(java.util.Locale.ROOT) + ": "
                        + e.target());
        if (m.title() != null) {
            ctx.out().println("title: " + m.title());
        }
        ctx.out()
                .println("author: " + (m.coder() == null ? "" : m.coder()) + ", created " + m.createdAt()
                        + (m.updatedAt() == null ? "" : ", edited " + m.updatedAt()));
        ctx.out().println();
        ctx.out().println(m.text());
    }

    static Map<String, Object> json(MemoEntry e) {
        Memo m = e.memo();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", m.id());
        j.put("on", m.target().name().toLowerCase(java.util.Locale.ROOT));
        j.put("target", e.target());
        j.put("documentId", e.documentId());
        j.put("codeId", e.codeId());
        j.put("codingId", e.codingId());
        j.put("title", m.title());
        j.put("text", m.text());
        j.put("author", m.coder());
        j.put("created", m.createdAt().toString());
        j.put("edited", m.updatedAt() == null ? null : m.updatedAt().toString());
        return j;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
