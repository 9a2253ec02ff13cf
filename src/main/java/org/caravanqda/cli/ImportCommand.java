package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.imports.ImportReport;
import org.caravanqda.app.job.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description = "Import transcripts (.txt .md .docx .odt .srt .vtt) from files and folders,"
                + " all or nothing; or a REFI-QDA project from another tool (.qdpx, a .zip holding one, or a bare"
                + " .qde: the files `init --from` takes), codes matched by path. A codebook (.qdc) goes to"
                + " `codebook import`.")
final class ImportCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders")
    List<Path> paths;

    @Option(names = "--language", description = "language of all files: ru, en, kk, ky, uz (default: detected)")
    String language;

    @Option(names = "--attributes", paramLabel = "FILE.csv", description = "participant attributes to load with them")
    Path attributes;

    @Option(names = "--coder", description = "who imports (for the audit trail)")
    String coder;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    @Mixin
    ReadingOptions reading;

    ImportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            paths.forEach(x -> RefiCliOutput.refuseCodebook(x, "caravan codebook import " + x));
            List<Path> qdpx =
                    paths.stream().filter(RefiCliOutput::isProjectFile).toList();
            if (!qdpx.isEmpty()) {
                if (paths.size() > 1) {
                    throw new org.caravanqda.app.common.CaravanException("import a REFI-QDA project ("
                            + qdpx.get(0).getFileName() + ") on its own, not with other files");
                }
                if (language != null || attributes != null) {
                    throw new org.caravanqda.app.common.CaravanException(
                            "--language and --attributes do not apply to a REFI-QDA project import"
                                    + " (its languages are detected per document and its variables become attributes)");
                }
                RefiCliOutput.printImport(ctx, p.refiImports().importFile(qdpx.get(0), coder), format);
                return 0;
            }
            ImportReport r = p.imports()
                    .importFiles(
                            paths,
                            new ImportOptions(language, attributes, coder, reading.readOptions()),
                            new StderrProgress(ctx.err()),
                            Cancellation.none());
            r.skipped().forEach(s -> ctx.err().println("skipped " + s));
            r.warnings().forEach(w -> ctx.err().println("caravan: warning: " + w));
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(r));
            } else {
                TextTable t = new TextTable("document", "language", "words", "units", "speakers");
                r.documents()
                        .forEach(d ->
                                t.row(d.name(), d.language(), d.words(), d.units(), String.join(", ", d.speakers())));
                t.print(ctx.out());
                r.documents().forEach(d -> d.warnings().forEach(w -> ctx.err().println(d.name() + ": " + w)));
                if (reading.detected()
                        && r.documents().stream().anyMatch(d -> !d.speakers().isEmpty())) {
                    ctx.out()
                            .println("speakers were detected from labels; correct with --speakers \"A,B\" or"
                                    + " --no-speakers (delete and import again)");
                }
                ctx.out()
                        .println("imported " + r.documents().size() + " documents, " + r.words() + " words"
                                + (attributes == null ? "" : ", " + r.attributeValues() + " attribute values"));
            }
        }
        return 0;
    }
}
