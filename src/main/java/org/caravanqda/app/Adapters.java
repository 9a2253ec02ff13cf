package org.caravanqda.app;

import java.util.List;
import java.util.function.Supplier;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.app.port.Desktop;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.ProjectStores;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.app.port.WindowChannel;
import org.caravanqda.app.refi.RefiProjectFormat;
import org.caravanqda.app.search.SearchIndexes;
import org.caravanqda.model.CodeDraft;

/** The adapters Main wires into the application, one per port. */
public record Adapters(
        ProjectStores stores,
        SearchIndexes indexes,
        List<DocumentReader> readers,
        List<CodebookFormat> codebookFormats,
        TableReader tables,
        Supplier<List<CodeDraft>> defaultCodebook,
        Exporters exporters,
        RefiProjectFormat refiProjects,
        Desktop desktop,
        NameForms nameForms,
        WindowChannel window) {
    public Adapters {
        window = window == null ? WindowChannel.NONE : window;
        readers = List.copyOf(readers);
        codebookFormats = List.copyOf(codebookFormats);
        desktop = desktop == null ? Desktop.NONE : desktop;
        nameForms = nameForms == null ? NameForms.NONE : nameForms;
    }

    /** The same adapters with other project stores. */
    public Adapters withStores(ProjectStores other) {
        return new Adapters(
                other,
                indexes,
                readers,
                codebookFormats,
                tables,
                defaultCodebook,
                exporters,
                refiProjects,
                desktop,
                nameForms,
                window);
    }

    /** Without the window's command channel (a CLI never forwards, a window never listens). */
    public Adapters(
            ProjectStores stores,
            SearchIndexes indexes,
            List<DocumentReader> readers,
            List<CodebookFormat> codebookFormats,
            TableReader tables,
            Supplier<List<CodeDraft>> defaultCodebook,
            Exporters exporters,
            RefiProjectFormat refiProjects,
            Desktop desktop,
            NameForms nameForms) {
        this(
                stores,
                indexes,
                readers,
                codebookFormats,
                tables,
                defaultCodebook,
                exporters,
                refiProjects,
                desktop,
                nameForms,
                WindowChannel.NONE);
    }

    /** Without name declensions (pseudonyms then match only as listed and by the ending rules). */
    public Adapters(
            ProjectStores stores,
            SearchIndexes indexes,
            List<DocumentReader> readers,
            List<CodebookFormat> codebookFormats,
            TableReader tables,
            Supplier<List<CodeDraft>> defaultCodebook,
            Exporters exporters,
            RefiProjectFormat refiProjects,
            Desktop desktop) {
        this(
                stores,
                indexes,
                readers,
                codebookFormats,
                tables,
                defaultCodebook,
                exporters,
                refiProjects,
                desktop,
                NameForms.NONE);
    }

    /** Without a desktop window (tools and tests that never open one). */
    public Adapters(
            ProjectStores stores,
            SearchIndexes indexes,
            List<DocumentReader> readers,
            List<CodebookFormat> codebookFormats,
            TableReader tables,
            Supplier<List<CodeDraft>> defaultCodebook,
            Exporters exporters,
            RefiProjectFormat refiProjects) {
        this(
                stores,
                indexes,
                readers,
                codebookFormats,
                tables,
                defaultCodebook,
                exporters,
                refiProjects,
                Desktop.NONE,
                NameForms.NONE);
    }
}
