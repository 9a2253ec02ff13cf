package org.caravanqda.app;

import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.SearchIndexes;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.model.CodeDraft;

/** The application: creates and opens projects with the adapters Main wires in. */
public final class Caravan {
    public static final List<String> LANGUAGES = List.of("ru", "en", "kk", "ky", "uz");
    private final Adapters adapters;

    public Caravan(Adapters adapters) {
        this.adapters = adapters;
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
        List<CodeDraft> drafts = codebook != null ? CodebookService.read(adapters.codebookFormats(), codebook)
                : emptyCodebook ? List.of() : adapters.defaultCodebook().get();
        Project p = new Project(adapters.stores().create(dir, projectName, lang), this);
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

    /**
     * Creates a project from another tool's REFI-QDA export. The archive is read and checked
     * before the project folder is made, so a refused file leaves nothing behind.
     */
    public CreatedFromRefi createFrom(Path dir, String name, String language, Path qdpx, String coder) {
        org.caravanqda.app.refi.RefiProject refi = adapters.refiProjects().read(qdpx);
        String projectName = name != null && !name.isBlank() ? name : refi.name();
        Project p = create(dir, projectName, language, null, true);
        try {
            return new CreatedFromRefi(p, p.refiImports().importProject(refi, qdpx.getFileName().toString(), coder));
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** The new project (to close) and what its import brought over. */
    public record CreatedFromRefi(Project project, org.caravanqda.app.refi.RefiImportReport report) {
    }

    org.caravanqda.app.port.RefiProjectFormat refiProjects() {
        return adapters.refiProjects();
    }

    static void checkLanguage(String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new CaravanException("unknown language '" + language + "' (use one of " + String.join(", ", LANGUAGES) + ")");
        }
    }

    public Project open(Path dir) {
        return new Project(adapters.stores().open(dir), this);
    }

    /**
     * Restores a backup into DIR (a new folder, or with {@code force} an existing project that is
     * first moved aside). The search index is rebuilt when the project is next searched or checked.
     */
    public org.caravanqda.app.port.RestoreInfo restore(Path zip, Path dir, boolean force) {
        return adapters.stores().restore(zip, dir, force);
    }

    public boolean isProject(Path dir) {
        return adapters.stores().exists(dir);
    }

    List<DocumentReader> readers() {
        return adapters.readers();
    }

    List<CodebookFormat> codebookFormats() {
        return adapters.codebookFormats();
    }

    SearchIndexes indexes() {
        return adapters.indexes();
    }

    public org.caravanqda.app.port.LikeBaselines likeBaselines() {
        return adapters.likeBaselines();
    }

    TableReader tables() {
        return adapters.tables();
    }

    public Exporters exporters() {
        return adapters.exporters();
    }

    public org.caravanqda.app.port.Desktop desktop() {
        return adapters.desktop();
    }

    public List<CodeDraft> defaultCodebook() {
        return adapters.defaultCodebook().get();
    }
}
