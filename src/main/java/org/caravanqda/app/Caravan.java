package org.caravanqda.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.app.port.ProjectStores;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.model.CodeDraft;

/** The application: creates and opens projects with the adapters Main wires in. */
public final class Caravan {
    public static final List<String> LANGUAGES = List.of("ru", "en", "kk", "ky", "uz");
    private final ProjectStores stores;
    private final List<DocumentReader> readers;
    private final List<CodebookFormat> codebookFormats;
    private final TableReader tables;
    private final Supplier<List<CodeDraft>> defaultCodebook;
    private final Exporters exporters;

    public Caravan(ProjectStores stores, List<DocumentReader> readers, List<CodebookFormat> codebookFormats,
                   TableReader tables, Supplier<List<CodeDraft>> defaultCodebook, Exporters exporters) {
        this.stores = stores;
        this.exporters = exporters;
        this.readers = List.copyOf(readers);
        this.codebookFormats = List.copyOf(codebookFormats);
        this.tables = tables;
        this.defaultCodebook = defaultCodebook;
    }

    /**
     * Creates a project. {@code codebook}: a file to load, or null for the default codebook
     * (unless {@code emptyCodebook}).
     */
    public Project create(Path dir, String name, String language, Path codebook, boolean emptyCodebook) {
        String lang = language == null ? "ru" : language;
        checkLanguage(lang);
        String projectName = name == null || name.isBlank() ? dir.toAbsolutePath().normalize().getFileName().toString() : name;
        // read the codebook first: a bad file must refuse before a project folder is made
        List<CodeDraft> drafts = codebook != null ? CodebookService.read(codebookFormats, codebook)
                : emptyCodebook ? List.of() : defaultCodebook.get();
        Project p = new Project(stores.create(dir, projectName, lang), this);
        try {
            if (!drafts.isEmpty()) {
                p.codebook().importDrafts(drafts, codebook == null ? "default codebook" : codebook.getFileName().toString(), null);
            }
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    static void checkLanguage(String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new CaravanException("unknown language '" + language + "' (use one of " + String.join(", ", LANGUAGES) + ")");
        }
    }

    public Project open(Path dir) {
        return new Project(stores.open(dir), this);
    }

    public boolean isProject(Path dir) {
        return stores.exists(dir);
    }

    List<DocumentReader> readers() {
        return readers;
    }

    List<CodebookFormat> codebookFormats() {
        return codebookFormats;
    }

    TableReader tables() {
        return tables;
    }

    public Exporters exporters() {
        return exporters;
    }

    public List<CodeDraft> defaultCodebook() {
        return defaultCodebook.get();
    }
}
