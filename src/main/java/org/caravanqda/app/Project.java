package org.caravanqda.app;

import java.nio.file.Path;
import org.caravanqda.app.agreement.AgreementService;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.codebook.CodebookService;
import org.caravanqda.app.coding.CodingService;
import org.caravanqda.app.documents.DocumentService;
import org.caravanqda.app.export.ExportService;
import org.caravanqda.app.imports.ImportService;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.pseudonym.PseudonymService;
import org.caravanqda.app.refi.RefiExportService;
import org.caravanqda.app.refi.RefiImportService;
import org.caravanqda.app.retrieval.RetrievalService;
import org.caravanqda.app.search.AutocodeService;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchIndexes;
import org.caravanqda.app.search.SearchService;
import org.caravanqda.app.tables.TableService;

/** An open project and its use cases. Close it to release the database and its lock. */
public final class Project implements AutoCloseable {
    private final ProjectStore store;
    private final AttributeService attributes;
    private final ImportService imports;
    private final CodingService codings;
    private final CodebookService codebook;
    private final DocumentService documents;
    private final SearchIndexes indexes;
    private SearchIndex index;
    private SearchService search;
    private final AgreementService agreement;
    private final TableService tables;
    private final ExportService exports;
    private final RefiImportService refiImports;
    private final RefiExportService refiExports;
    private final PseudonymService pseudonyms;
    private final RetrievalService retrieval;

    Project(ProjectStore store, Caravan app) {
        this.store = store;
        this.attributes = new AttributeService(store, app.tables());
        this.imports = new ImportService(store, app.readers(), attributes, () -> search().sync());
        this.indexes = app.indexes();
        this.codings = new CodingService(store);
        this.codebook = new CodebookService(
                store, app.codebookFormats(), app.nameForms(), app.exporters().readBack());
        this.documents = new DocumentService(store);
        this.agreement = new AgreementService(store);
        this.tables = new TableService(store);
        this.retrieval = new RetrievalService(store);
        this.exports = new ExportService(store, app.exporters(), app.nameForms());
        this.refiImports = new RefiImportService(
                store,
                app.refiProjects(),
                app.readers().stream()
                        .filter(r -> r.extensions().contains("txt"))
                        .findFirst()
                        .orElse(null),
                progress -> search().sync().catchUp(progress));
        this.pseudonyms = new PseudonymService(store, app.nameForms(), app.tables());
        this.refiExports = new RefiExportService(
                store, app.refiProjects(), app.nameForms(), app.exporters().readBack());
    }

    public Path directory() {
        return store.directory();
    }

    /** Whether the project is encrypted: then nothing of it belongs outside its folder in the clear. */
    public boolean encrypted() {
        return store.encrypted();
    }

    /** The store itself, for the wiring only: use cases reach it through their services (see StoreAccess in src/bench). */
    ProjectStore store() {
        return store;
    }

    public AttributeService attributes() {
        return attributes;
    }

    public ImportService imports() {
        return imports;
    }

    public CodingService codings() {
        return codings;
    }

    public CodebookService codebook() {
        return codebook;
    }

    public DocumentService documents() {
        return documents;
    }

    /**
     * Search over the derived index, opened on first use (most commands never need it). An
     * encrypted project's index works in memory and is kept encrypted between sessions.
     */
    public synchronized SearchService search() {
        if (search == null) {
            index = store.encrypted()
                    ? indexes.openEncrypted(store.directory(), store.derivedDataKey())
                    : indexes.open(store.directory());
            search = new SearchService(store, index);
        }
        return search;
    }

    public CheckService check() {
        return new CheckService(store, search());
    }

    public AutocodeService autocode() {
        return new AutocodeService(store, search());
    }

    public AgreementService agreement() {
        return agreement;
    }

    public TableService tables() {
        return tables;
    }

    /** The coded segments of codes (ANY or ALL, filtered), as the retrieval view lists them. */
    public RetrievalService retrieval() {
        return retrieval;
    }

    public ExportService exports() {
        return exports;
    }

    /** REFI-QDA project import (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder, ...). */
    public RefiImportService refiImports() {
        return refiImports;
    }

    /** REFI-QDA project export (.qdpx). */
    public RefiExportService refiExports() {
        return refiExports;
    }

    /** The project's pseudonym list, applied to exports (and to the GUI on request). */
    public PseudonymService pseudonyms() {
        return pseudonyms;
    }

    /**
     * An online backup of the project database to {@code zip}, safe while this process keeps
     * working on the project (the search index is derived and not included).
     */
    public org.caravanqda.app.port.BackupInfo backup(Path zip) {
        return store.backup(zip);
    }

    @Override
    public synchronized void close() {
        try {
            if (index != null) {
                index.close();
            }
        } finally {
            store.close();
        }
    }
}
