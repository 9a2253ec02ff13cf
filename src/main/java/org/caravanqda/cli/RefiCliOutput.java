package org.caravanqda.cli;

import org.caravanqda.app.refi.RefiExportSummary;
import org.caravanqda.app.refi.RefiImportReport;

/** Prints REFI-QDA import reports and export summaries: every element not brought over is listed. */
final class RefiCliOutput {
    private RefiCliOutput() {}

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
