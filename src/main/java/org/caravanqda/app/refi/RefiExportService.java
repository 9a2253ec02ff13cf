package org.caravanqda.app.refi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.ExportReadBack;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.pseudonym.LeakScan;
import org.caravanqda.app.pseudonym.PseudonymChoice;
import org.caravanqda.app.pseudonym.Pseudonymization;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.util.AtomicFiles;

/**
 * {@code caravan export OUT.qdpx}: the whole project as a REFI-QDA exchange file. Offsets are
 * written in code points, as the standard says; texts keep their line ends unless
 * {@code lfLineEnds} asks for LF only (ADR 0007).
 */
public final class RefiExportService {
    private final ProjectStore store;
    private final RefiProjectFormat format;
    private final NameForms nameForms;
    private final ExportReadBack readBack;

    /** {@code readBack} reads the written archive back for the check that no listed real name is left in it. */
    public RefiExportService(
            ProjectStore store, RefiProjectFormat format, NameForms nameForms, ExportReadBack readBack) {
        this.store = store;
        this.format = format;
        this.nameForms = nameForms;
        this.readBack = readBack;
    }

    /** Without a reader: an export that applies a pseudonym list is refused (it cannot be checked). */
    public RefiExportService(ProjectStore store, RefiProjectFormat format) {
        this(store, format, NameForms.NONE, ExportReadBack.UNAVAILABLE);
    }

    /** Pseudonymized when the project has a pseudonym list. */
    public RefiExportSummary export(Path out, boolean lfLineEnds) {
        return export(out, lfLineEnds, PseudonymChoice.PROJECT_LIST);
    }

    /** {@code names}: the project's pseudonyms, more for this export, or real names (ADR 0009). */
    public RefiExportSummary export(Path out, boolean lfLineEnds, PseudonymChoice names) {
        return export(out, lfLineEnds, names, Progress.NONE, Cancellation.none());
    }

    /**
     * As {@link #export(Path, boolean, PseudonymChoice)}, reporting its two steps (reading the
     * project, writing the archive) and checking {@code cancellation} after each: a cancelled
     * export leaves no file.
     */
    public RefiExportSummary export(
            Path out, boolean lfLineEnds, PseudonymChoice names, Progress progress, Cancellation cancellation) {
        Path target = target(out);
        progress.update("reading the project", 0, 2);
        Pseudonymization[] done = new Pseudonymization[1];
        LeakScan[] check = {LeakScan.NONE};
        RefiProjectBuilder built = store.read(s -> {
            Pseudonymizer pz = Pseudonymization.pseudonymizer(s, nameForms, names);
            RefiProjectBuilder b = new RefiProjectBuilder(s, lfLineEnds, pz, store.directory()).build();
            done[0] = Pseudonymization.of(s, names, pz);
            check[0] = Pseudonymization.leakScan(s, names, pz);
            return b;
        });
        cancellation.check();
        progress.update("writing " + target.getFileName(), 1, 2);
        try {
            AtomicFiles.to(target).write(file -> {
                org.caravanqda.app.export.ExportTarget.requireOutside(store, file);
                format.write(built.project(), file);
                cancellation.check();
                check[0].check(readBack, file, "qdpx");
                return null;
            });
        } catch (IOException e) {
            throw new CaravanException("Cannot write " + target.getFileName() + ": " + e.getMessage(), e);
        }
        progress.update("wrote " + target.getFileName(), 2, 2);
        RefiProject p = built.project();
        int selections =
                p.sources().stream().mapToInt(x -> x.selections().size()).sum();
        int values = p.sources().stream().mapToInt(x -> x.values().size()).sum()
                + p.cases().stream().mapToInt(c -> c.values().size()).sum();
        return new RefiExportSummary(
                target,
                p.sources().size(),
                built.codeCount(),
                selections,
                p.users().size(),
                p.notes().size(),
                p.cases().size(),
                values,
                warnings(built),
                done[0]);
    }

    private static List<String> warnings(RefiProjectBuilder built) {
        List<String> out = new ArrayList<>();
        if (built.crlfDocuments() > 0) {
            out.add(
                    built.crlfDocuments()
                            + " document(s) have CRLF line ends: ATLAS.ti (and probably MAXQDA) count CRLF as"
                            + " one position and will shift codings after each line break; export with --lf-line-ends for them");
        }
        if (built.astralDocuments() > 0) {
            out.add(built.astralDocuments() + " document(s) contain characters outside the BMP (e.g. emoji): NVivo and"
                    + " QualCoder count these as two positions, so their codings may shift there");
        }
        return out;
    }

    Path target(Path out) {
        return org.caravanqda.app.export.ExportTarget.of(store, out);
    }
}
