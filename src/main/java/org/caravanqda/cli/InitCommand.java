package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.documents.ProjectStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", description = "Create a project folder with its database and the default codebook.")
final class InitCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "create the project on a PostgreSQL 15+ server, in an existing empty database:"
                    + " postgresql://HOST[:PORT]/DATABASE (TLS with the server's certificate checked; the password"
                    + " from PGPASSWORD, ~/.pgpass or a prompt; docs/team.md)")
    String server;

    @Option(names = "--name", description = "project name (default: the folder name)")
    String name;

    @Option(names = "--language", description = "default transcript language: ru, en, kk, ky, uz (default: ru)")
    String language;

    @Option(names = "--codebook", paramLabel = "FILE", description = "load this codebook (.qdc) instead of the default")
    Path codebook;

    @Option(names = "--empty-codebook", description = "start with no codes")
    boolean empty;

    @Option(
            names = "--from",
            paramLabel = "FILE.qdpx",
            description = "create the project from a REFI-QDA project export (.qdpx, a .zip holding one, or a"
                    + " bare .qde; NVivo, ATLAS.ti, MAXQDA, QualCoder...): documents, codes, codings, memos,"
                    + " cases, attributes, users. A codebook (.qdc) goes to --codebook")
    Path from;

    @Option(names = "--coder", description = "who imports (for the audit trail)")
    String coder;

    @Option(names = "--format", defaultValue = "table", description = "with --from: table or json")
    OutputFormat format;

    @Option(
            names = "--encrypt",
            description = "encrypt the project (AES); the password is asked twice, or read from "
                    + CliPasswords.PASSWORD_ENV + " (never give it as an argument)")
    boolean encrypt;

    InitCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        char[] password =
                encrypt ? ctx.passwords().fresh("Password for the new project", CliPasswords.PASSWORD_ENV) : null;
        try {
            return create(password);
        } finally {
            CliPasswords.clear(password);
        }
    }

    private int create(char[] password) {
        if (server != null) {
            if (!ctx.app().isServerAddress(server)) {
                throw new org.caravanqda.app.common.CaravanException(
                        "--server takes postgresql://HOST[:PORT]/DATABASE, not " + server);
            }
            project.dir = ProjectLocation.resolve(ctx.app(), server);
            if (name == null) {
                name = ProjectLocation.database(server);
            }
        }
        if (from != null) {
            RefiCliOutput.refuseCodebook(from, "caravan init --codebook " + from);
            if (!RefiCliOutput.isProjectFile(from)) {
                throw new org.caravanqda.app.common.CaravanException("--from takes a REFI-QDA project (.qdpx, a .zip"
                        + " holding one, or a bare .qde), not " + from.getFileName()
                        + "; for transcripts, create the project and run caravan import");
            }
            if (codebook != null) {
                throw new org.caravanqda.app.common.CaravanException(
                        "use either --from or --codebook: a .qdpx brings its own codes");
            }
            org.caravanqda.app.Caravan.CreatedFromRefi created =
                    ctx.app().createFrom(project.dir, name, language, from, coder, password);
            try (Project p = created.project()) {
                if (format != OutputFormat.json) {
                    ctx.out()
                            .println("created project "
                                    + p.directory().toAbsolutePath().normalize());
                }
                RefiCliOutput.printImport(ctx, created.report(), format);
            }
            return 0;
        }
        try (Project p = ctx.app().create(project.dir, name, language, codebook, empty, password)) {
            ProjectStats s = p.documents().stats();
            ctx.out()
                    .println("created " + (password != null ? "encrypted " : "") + "project "
                            + ctx.app().shown(p.directory()) + " with " + s.codes() + " codes");
        }
        return 0;
    }
}
