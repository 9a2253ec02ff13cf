package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.media.MediaEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caravan media}: documents' recordings (issue #21). */
@Command(
        name = "media",
        description = "A document's recording (audio or video) played beside its transcript in the window.",
        subcommands = {MediaCommand.Attach.class, MediaCommand.ListMedia.class, MediaCommand.Detach.class})
final class MediaCommand {

    @Command(
            name = "attach",
            description = "Attach a recording to a document: the file stays where it is (its path is kept"
                    + " relative to the project folder when it lies inside it), or --copy copies it into"
                    + " the project's media folder.")
    static final class Attach implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME", description = "the transcript's document")
        String document;

        @Parameters(paramLabel = "FILE", description = "the recording (.mp3 .m4a .aac .wav .aif .aiff .mp4 .m4v)")
        Path file;

        @Option(names = "--copy", description = "copy the file into the project's media folder")
        boolean copy;

        @Option(names = "--coder", paramLabel = "NAME", description = "who attaches it (for the audit trail)")
        String coder;

        Attach(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                MediaEntry e = p.media().attach(document, ctx.here(file), copy, coder);
                ctx.out()
                        .println("attached " + kind(e) + " " + e.link().path() + " to " + e.document()
                                + (e.link().copied() ? " (copied into the project)" : ""));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the documents' recordings and whether each file is there.")
    static final class ListMedia implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", defaultValue = "table", description = "table or json")
        OutputFormat format;

        ListMedia(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                List<MediaEntry> all = p.media().list();
                if (format == OutputFormat.json) {
                    ctx.out()
                            .println(Json.write(
                                    all.stream().map(MediaCommand::json).toList()));
                    return 0;
                }
                TextTable t = new TextTable("document", "kind", "path", "copied", "file");
                all.forEach(e -> t.row(
                        e.document(),
                        kind(e),
                        e.link().path(),
                        e.link().copied() ? "yes" : "no",
                        e.status().name().toLowerCase(Locale.ROOT)));
                t.print(ctx.out());
                ctx.out().println(all.size() + " recordings");
            }
            return 0;
        }
    }

    @Command(name = "detach", description = "Detach a document's recording (a copy in the media folder stays).")
    static final class Detach implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Option(names = "--document", required = true, paramLabel = "NAME", description = "the transcript's document")
        String document;

        @Option(names = "--coder", paramLabel = "NAME", description = "who detaches it (for the audit trail)")
        String coder;

        Detach(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                MediaEntry e = p.media().detach(document, coder);
                ctx.out()
                        .println("detached " + e.link().path() + " from " + e.document()
                                + (e.link().copied() ? " (the copy stays in the project's media folder)" : ""));
            }
            return 0;
        }
    }

    private static String kind(MediaEntry e) {
        return e.link().kind().name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Object> json(MediaEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", e.document());
        m.put("kind", kind(e));
        m.put("path", e.link().path());
        m.put("copied", e.link().copied());
        m.put("attached", e.link().attachedAt().toString());
        m.put("file", e.status().name().toLowerCase(Locale.ROOT));
        return m;
    }
}
