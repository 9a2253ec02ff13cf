package org.caravanqda.app;

import java.nio.file.Path;
import org.caravanqda.app.port.ProjectStore;

/** An open project and its use cases. Close it to release the database and its lock. */
public final class Project implements AutoCloseable {
    private final ProjectStore store;
    private final AttributeService attributes;
    private final ImportService imports;
    private final CodingService codings;
    private final CodebookService codebook;
    private final DocumentService documents;
    private final TableService tables;
    private final ExportService exports;

    Project(ProjectStore store, Caravan app) {
        this.store = store;
        this.attributes = new AttributeService(store, app.tables());
        this.imports = new ImportService(store, app.readers(), attributes);
        this.codings = new CodingService(store);
        this.codebook = new CodebookService(store, app.codebookFormats());
        this.documents = new DocumentService(store);
        this.tables = new TableService(store);
        this.exports = new ExportService(store, app.exporters().writers());
    }

    public Path directory() {
        return store.directory();
    }

    public ProjectStore store() {
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

    public TableService tables() {
        return tables;
    }

    public ExportService exports() {
        return exports;
    }

    @Override
    public void close() {
        store.close();
    }
}
