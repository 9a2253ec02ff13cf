package org.caravanqda.app.refi;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.common.AfterCommit;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.model.ChangeAction;

/**
 * Imports a REFI-QDA project (.qdpx) into a Caravan project: documents, codes (merged by path),
 * codings with their coders and dates, memos, cases and attributes. The archive is read and
 * checked completely before the store is touched, and the import is one transaction.
 */
public final class RefiImportService {
    private final ProjectStore store;
    private final RefiProjectFormat format;
    private final Consumer<Progress> afterCommit;
    private final RefiUnits units;

    /**
     * {@code txtReader} finds speaker turns as a plain .txt import would (may be null: paragraphs);
     * {@code afterCommit} brings the derived search index up to date once the import is committed.
     */
    public RefiImportService(
            ProjectStore store, RefiProjectFormat format, DocumentReader txtReader, Consumer<Progress> afterCommit) {
        this.store = store;
        this.format = format;
        this.afterCommit = afterCommit;
        this.units = new RefiUnits(txtReader);
    }

    public RefiImportReport importFile(Path qdpx, String coder) {
        return importProject(format.read(qdpx), qdpx.getFileName().toString(), coder);
    }

    /** Imports a project already read (init --from reads it before it creates the project folder). */
    public RefiImportReport importProject(RefiProject project, String file, String coder) {
        String who = Coders.nameOrDefault(coder);
        RefiImportReport report = store.write(s -> {
            RefiImportReport r = new RefiImport(s, project, file, who, units).run();
            // no "document" key: a whole project arrives, so the search index rebuilds
            Changes.record(
                    s,
                    who,
                    ChangeAction.REFI_IMPORT,
                    Map.of(
                            "file",
                            file,
                            "origin",
                            String.valueOf(project.origin()),
                            "documents",
                            r.documents(),
                            "codings",
                            r.codings()));
            return r;
        });
        // committed: bringing the derived index up cannot undo the import
        String warning = AfterCommit.run(
                store.directory(),
                "the project " + file + " is imported and saved",
                "bringing the search index up to date",
                "the next search, or caravan check, does it",
                () -> afterCommit.accept(Progress.NONE));
        return warning == null ? report : report.withWarning(warning);
    }
}
