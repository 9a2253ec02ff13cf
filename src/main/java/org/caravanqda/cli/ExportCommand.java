package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.pseudonym.PseudonymChoice;
import org.caravanqda.app.pseudonym.Pseudonymization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caravan export}: the file's extension picks the format. REFI-QDA (.qdpx project, .qdc
 * codebook) is a whole project rather than a table of segments, so it is routed first; any other
 * extension goes to the segment-table writers wired in Main.
 */
@Command(
        name = "export",
        description = "Export coded data: .xlsx (segments, codebook, tables, About) or .csv"
                + " (the segments table, tidy); the whole project as REFI-QDA .qdpx (NVivo, ATLAS.ti, MAXQDA, QualCoder) or"
                + " the codebook as .qdc. A bare file name goes to the project's exports/ folder.")
final class ExportCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Mixin
    SelectionOptions selection;

    @Parameters(paramLabel = "OUT", converter = OutPath.class, description = "e.g. quotes.xlsx or segments.csv")
    Path out;

    /** A bare file name stays bare (it goes to the project's exports/ folder); other paths are the user's. */
    static final class OutPath implements picocli.CommandLine.ITypeConverter<Path> {
        private final CliContext ctx;

        OutPath(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            return p.getParent() == null ? p : ctx.here(p);
        }
    }

    @Option(
            names = "--context",
            paramLabel = "WORDS",
            defaultValue = "0",
            description = "add this many words of context before and after each segment (default: none)")
    int context;

    @Option(
            names = "--agreement",
            split = ",",
            paramLabel = "CODER",
            description = "also write Agreement and Disagreements sheets comparing these coders (e.g. anna,timur)")
    List<String> agreementCoders;

    @Option(
            names = "--agreement-unit",
            defaultValue = "sentence",
            description = "unit of that comparison: character, sentence (default), paragraph, turn or document")
    String agreementUnit;

    @Option(names = "--bom", description = "CSV: start with a UTF-8 byte order mark, so Excel shows Cyrillic correctly")
    boolean bom;

    @Option(
            names = "--lf-line-ends",
            description = "QDPX: write texts with LF line ends (for ATLAS.ti and MAXQDA,"
                    + " which count CRLF as one position)")
    boolean lfLineEnds;

    @Option(
            names = "--real-names",
            description =
                    "write real names although the project has a pseudonym list"
                            + " (by default a project's pseudonyms replace the names it lists in every export; see caravan pseudonyms)")
    boolean realNames;

    @Option(
            names = "--pseudonyms",
            paramLabel = "FILE.csv",
            description = "also apply this pseudonym table (real_name,"
                    + "pseudonym) to this export; its entries win over the project's list for the same name")
    Path pseudonymsFile;

    ExportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            PseudonymChoice names = new PseudonymChoice(
                    realNames,
                    pseudonymsFile == null ? List.of() : p.pseudonyms().readCsv(pseudonymsFile));
            String ext = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (ext.endsWith(".qdpx")) {
                var refi = p.refiExports().export(out, lfLineEnds, names);
                RefiCliOutput.printExport(ctx, refi);
                printPseudonyms(ctx, refi.pseudonyms());
                return 0;
            }
            if (ext.endsWith(".qdc")) {
                var book = p.codebook().exportFile(out, names);
                ctx.out().println("wrote " + book.file() + ": the codebook (" + book.codes() + " codes)");
                printPseudonyms(ctx, book.pseudonyms());
                return 0;
            }
            ExportSummary s = p.exports()
                    .export(
                            new ExportRequest(
                                    out,
                                    selection.selection(p, ctx.err()),
                                    context,
                                    bom,
                                    agreementCoders == null
                                            ? null
                                            : new AgreementRequest(
                                                    agreementCoders,
                                                    AgreementUnit.parse(agreementUnit),
                                                    List.of(),
                                                    List.of(),
                                                    null,
                                                    true),
                                    names),
                            new StderrProgress(ctx.err()),
                            Cancellation.none());
            ctx.out().println("wrote " + s.file() + ": " + s.counts());
            if (s.segmentSheets().size() > 1) {
                ctx.out().println("  segments continue over sheets " + String.join(", ", s.segmentSheets()));
            }
            printPseudonyms(ctx, s.pseudonyms());
            if (!s.cutCells().isEmpty()) {
                ctx.err()
                        .println("caravan: " + s.cutCells().size() + " cells were longer than Excel allows and were cut"
                                + " (listed in the About sheet; the CSV export keeps the full text)");
            }
        }
        return 0;
    }

    /** One line on stderr when a pseudonym list exists: applied, or (on request) not. */
    static void printPseudonyms(CliContext ctx, Pseudonymization p) {
        if (p.listed() == 0) {
            return;
        }
        ctx.err()
                .println(
                        p.applied()
                                ? "pseudonymized: " + p.listed() + " pseudonyms in the list, " + p.replacements()
                                        + " names replaced"
                                : "caravan: warning: exporting real names: " + p.listed() + " pseudonyms are defined"
                                        + " and --real-names kept them out of this export");
    }
}
