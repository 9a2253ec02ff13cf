package org.caravanqda.gui.imports;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.imports.ImportReport;
import org.caravanqda.app.imports.ImportService;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;

/**
 * Import: files and folders, an optional attributes CSV, a language (or detection), then a
 * job with progress and cancel. The summary lists what came in and what was passed over and why;
 * a failure (the import is all-or-nothing) is shown in the summary, never hidden.
 */
public final class ImportViewModel {
    public static final String DETECT = "detect per document";
    static final Dialogs.FileType TRANSCRIPTS =
            new Dialogs.FileType("Transcripts", "*.txt", "*.md", "*.docx", "*.odt", "*.srt", "*.vtt");
    static final Dialogs.FileType ATTRIBUTES = new Dialogs.FileType("CSV (first column: document name)", "*.csv");
    private final ImportService imports;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final String coder;
    private final Runnable imported;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ObjectProperty<Path> attributes = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty(DETECT);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private Cancellation cancellation;

    public ImportViewModel(ImportService imports, Jobs jobs, Dialogs dialogs, String coder, Runnable imported) {
        this.imports = imports;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.coder = coder;
        this.imported = imported;
    }

    /** "Add files…": the transcripts chosen join the list (none when cancelled). */
    public void addFiles() {
        paths.addAll(dialogs.chooseFiles("Add transcripts", TRANSCRIPTS));
    }

    /** "Add folder…": the folder chosen joins the list; its transcripts are found when the import runs. */
    public void addFolder() {
        dialogs.chooseFolder("Add a folder of transcripts").ifPresent(paths::add);
    }

    /**
     * "Attributes CSV…": the file chosen becomes the attributes file; Cancel imports without one
     * (the way to drop a file chosen before).
     */
    public void chooseAttributes() {
        attributes.set(dialogs.chooseFile("Attributes CSV", ATTRIBUTES).orElse(null));
    }

    public void start() {
        if (paths.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        summary.set("");
        progress.set(-1);
        String lang = DETECT.equals(language.get()) ? null : language.get();
        ImportOptions options = new ImportOptions(lang, attributes.get(), coder);
        List<Path> files = List.copyOf(paths);
        cancellation = jobs.submit(
                (p, c) -> imports.importFiles(files, options, p, c),
                report -> {
                    running.set(false);
                    progress.set(1);
                    message.set("Done");
                    summary.set(summarize(report));
                    imported.run();
                },
                e -> {
                    running.set(false);
                    progress.set(0);
                    failed.set(true);
                    message.set("Nothing was imported");
                    summary.set(e.getMessage() == null ? e.toString() : e.getMessage());
                },
                r -> {
                    message.set(r.message());
                    progress.set(r.fraction());
                });
    }

    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    static String summarize(ImportReport r) {
        StringBuilder s = new StringBuilder(String.format(
                "Imported %d document(s), %,d words", r.documents().size(), r.words()));
        if (r.attributeValues() > 0) {
            s.append(", ").append(r.attributeValues()).append(" attribute values");
        }
        s.append(":\n");
        r.documents()
                .forEach(d -> s.append(String.format(
                        "  %s  (%s, %,d words, %d turns/paragraphs%s)%n",
                        d.name(),
                        d.language(),
                        d.words(),
                        d.units(),
                        d.speakers().isEmpty() ? "" : ", speakers " + String.join(", ", d.speakers()))));
        if (!r.skipped().isEmpty()) {
            s.append("\nPassed over:\n");
            r.skipped().forEach(x -> s.append("  ").append(x).append('\n'));
        }
        if (!r.warnings().isEmpty()) { // what failed after the import was saved (the search index)
            s.append("\nWarning:\n");
            r.warnings().forEach(x -> s.append("  ").append(x).append('\n'));
        }
        return s.toString();
    }

    public ObservableList<Path> paths() {
        return paths;
    }

    public ObjectProperty<Path> attributesProperty() {
        return attributes;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }
}
