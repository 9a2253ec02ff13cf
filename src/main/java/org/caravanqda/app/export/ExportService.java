package org.caravanqda.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.caravanqda.app.agreement.AgreementService;
import org.caravanqda.app.agreement.AgreementSheets;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.imports.ImportFiles;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.CodedTableWriter;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.ExportReadBack;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.pseudonym.LeakScan;
import org.caravanqda.util.AtomicFiles;

/**
 * {@code caravan export}: coded data to a file whose extension picks the writer (xlsx, csv).
 * The file is written beside its target under a temporary name, read back and checked for listed
 * real names when a pseudonym list applies ({@link LeakScan}), and only then moved into place, so a
 * failed, cancelled or leaking export never leaves a file behind.
 */
public final class ExportService {
    private final ProjectStore store;
    private final List<CodedTableWriter> writers;
    private final NameForms nameForms;
    private final ExportReadBack readBack;

    /** {@code readBack} reads the written file back for the check that no listed real name is left in it. */
    public ExportService(
            ProjectStore store, List<CodedTableWriter> writers, NameForms nameForms, ExportReadBack readBack) {
        this.store = store;
        this.writers = writers;
        this.nameForms = nameForms;
        this.readBack = readBack;
    }

    public ExportService(ProjectStore store, Exporters exporters, NameForms nameForms) {
        this(store, exporters.writers(), nameForms, exporters.readBack());
    }

    /** Without a reader: an export that applies a pseudonym list is refused (it cannot be checked). */
    public ExportService(ProjectStore store, List<CodedTableWriter> writers) {
        this(store, writers, NameForms.NONE, ExportReadBack.UNAVAILABLE);
    }

    public ExportSummary export(ExportRequest request, Progress progress, Cancellation cancellation) {
        return export(request, null, progress, cancellation);
    }

    /**
     * A list of codings as a view shows it (the retrieval view, sorted and filtered there): the same
     * columns, sheets, pseudonyms and leak check as {@link #export(ExportRequest, Progress,
     * Cancellation)}, the segment rows in the list's order; the request's selection only describes
     * the filters in the About sheet. An id no longer stored refuses the export, nothing written.
     */
    public ExportSummary exportCodings(
            ExportRequest request, List<Long> codingIds, Progress progress, Cancellation cancellation) {
        return export(request, List.copyOf(codingIds), progress, cancellation);
    }

    private ExportSummary export(
            ExportRequest request, List<Long> codingIds, Progress progress, Cancellation cancellation) {
        Path target = target(request.out());
        CodedTableWriter writer = writer(target);
        try {
            List<DataTable> agreement = request.agreement() == null
                    ? List.of()
                    : AgreementSheets.of(new AgreementService(store).compare(request.agreement()));
            String extension = ImportFiles.extension(target);
            return AtomicFiles.to(target).write(file -> {
                ExportTarget.requireOutside(store, file);
                LeakScan[] check = {LeakScan.NONE};
                ExportSummary summary = store.read(s -> {
                    SegmentExport export = new SegmentExport(
                            s,
                            store.directory(),
                            request,
                            progress,
                            cancellation,
                            nameForms,
                            // a server project's too: its text stays off the laptop's disk (ADR 0030)
                            store.derivedDataEncrypted(),
                            codingIds);
                    export.addTables(agreement);
                    CodedTableWriter.Report r = writer.write(export, file);
                    check[0] = export.leakScan();
                    return new ExportSummary(
                            target,
                            export.documentCount(),
                            export.codedDocumentCount(),
                            r.segments(),
                            r.segmentSheets(),
                            r.cutCells(),
                            export.pseudonymization());
                });
                check[0].check(readBack, file, extension);
                return summary;
            });
        } catch (IOException e) {
            throw new CaravanException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The segment rows alone, as an export would write them (the bench's baseline feeds on them). */
    public long segmentRows(ExportRequest request, Consumer<List<Object>> sink) {
        return store.read(s -> {
            SegmentExport export =
                    new SegmentExport(s, store.directory(), request, Progress.NONE, Cancellation.none(), nameForms);
            export.segments(sink);
            return export.segmentCount();
        });
    }

    public List<String> segmentHeader(ExportRequest request) {
        return store.read(
                s -> new SegmentExport(s, store.directory(), request, Progress.NONE, Cancellation.none(), nameForms)
                        .segmentColumns().stream().map(c -> c.name()).toList());
    }

    Path target(Path out) {
        return ExportTarget.of(store, out);
    }

    /**
     * The writer for the target's extension. An unknown one is refused with every format Caravan
     * exports to, the REFI-QDA ones too (the command line sends .qdpx and .qdc elsewhere first).
     */
    private CodedTableWriter writer(Path target) {
        String ext = ImportFiles.extension(target);
        return writers.stream()
                .filter(w -> w.extensions().contains(ext))
                .findFirst()
                .orElseThrow(() -> new CaravanException(target.getFileName() + ": cannot export to '." + ext + "' (use "
                        + String.join(
                                " or ",
                                writers.stream()
                                        .flatMap(w -> w.extensions().stream())
                                        .sorted()
                                        .map(e -> "." + e)
                                        .toList())
                        + " for the coded segments, .qdpx for the whole project (REFI-QDA), .qdc for the codebook)"
                        + markdownHint(ext)));
    }

    /** The one Markdown file Caravan writes is the codebook's, and that comes from the codebook's own export. */
    private static String markdownHint(String ext) {
        return ext.equals("md")
                ? "; the codebook as Markdown comes from codebook export: caravan codebook export -p DIR FILE.md"
                : "";
    }
}
