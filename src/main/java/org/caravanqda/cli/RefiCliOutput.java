package org.caravanqda.cli;

import org.caravanqda.app.refi.RefiExportSummary;
import org.caravanqda.app.refi.RefiImportReport;

/** Prints REFI-QDA import reports and export summaries: every element not brought over is listed. */
final class RefiCliOutput {
    private RefiCliOutput() {}

    /** What `import` and `init --from` both take as a REFI-QDA project: .qdpx, a .zip holding one, a bare .qde. */
    static boolean isProjectFile(java.nio.file.Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".qdpx") || n.endsWith(".zip") || n.endsWith(".qde");
    }

    /** A .qdc given where a project was expected: one line that names the command that takes it. */
    static void refuseCodebook(java.nio.file.Path file, String instead) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdc")) {
            throw new org.caravanqda.app.common.CaravanException(
                    file.getFileName() + " is a REFI-QDA codebook, not a project: use " + instead);
        }
    }

    static int printExport(CliContext ctx, RefiExportSummary s) {
        ctx.out()
                .println("wrote " + s.file() + ": " + s.documents() + " documents, " + s.codes() + " codes, "
                        + s.codings()
                        + " codings, " + s.coders() + " coders, " + s.memos() + " memos, " + s.cases() + " cases, "
                        + s.attributeValues() + " attribute values");
        s.warnings().forEach(w -> ctx.err().println("caravan: warning: " + w));
        return 0;
    }

    static void printImport(CliContext ctx, RefiImportReport r, OutputFormat format) {
        if (format == OutputFormat.json) {
            ctx.out().println(Json.write(r));
            return;
        }
        ctx.out()
                .println("imported " + r.file() + " (written by "
                        + (r.origin() == null ? "an unknown tool" : r.origin())
                        + "): " + r.documents() + " documents, " + r.codesAdded() + " codes added, " + r.codesUpdated()
                        + " codes updated, " + r.codings() + " codings, " + r.coders() + " new coders, " + r.memos()
                        + " memos, "
                        + r.cases() + " cases, " + r.attributeValues() + " attribute values");
        if (!r.warnings().isEmpty()) {
            ctx.out().println("warnings (" + r.warnings().size() + "):");
            r.warnings().forEach(w -> ctx.out().println("  " + w));
        }
        if (!r.notImported().isEmpty()) {
            ctx.out().println("not imported (" + r.notImported().size() + "):");
            r.notImported().forEach(w -> ctx.out().println("  " + w));
        }
    }
}
