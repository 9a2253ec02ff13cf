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
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.util.AtomicFiles;

/**
 * {@code caravan export}: coded data to a file whose extension picks the writer (xlsx, csv).
 * The file is written beside its target under a temporary name and moved into place, so a failed
 * or cancelled export never leaves a broken file behind.
 */
public final class ExportService {
    private final ProjectStore store;
    private final List<CodedTableWriter> writers;
    private final NameForms nameForms;

    public ExportService(ProjectStore store, List<CodedTableWriter> writers, NameForms nameForms) {
        this.store = store;
        this.writers = writers;
        this.nameForms = nameForms;
    }

    public ExportService(ProjectStore store, List<CodedTableWriter> writers) {
        this(store, writers, NameForms.NONE);
    }

    public ExportSummary export(ExportRequest request, Progress progress, Cancellation cancellation) {
        Path target = target(request.out());
        CodedTableWriter writer = writer(target);
        try {
            List<DataTable> agreement = request.agreement() == null
                    ? List.of()
                    : AgreementSheets.of(new AgreementService(store).compare(request.agreement()));
            return AtomicFiles.to(target)
                    .write(file -> store.read(s -> {
                        SegmentExport export = new SegmentExport(
                                s, store.directory(), request, progress, cancellation, nameForms, store.encrypted());
                        export.addTables(agreement);
                        CodedTableWriter.Report r = writer.write(export, file);
                        return new ExportSummary(
                                target,
                                export.documentCount(),
                                r.segments(),
                                r.segmentSheets(),
                                r.cutCells(),
                                export.pseudonymization());
                    }));
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
                        + ")"));
    }
}
