package org.caravanqda.gui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.export.ExportTarget;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.pseudonym.PseudonymChoice;
import org.caravanqda.app.pseudonym.Pseudonymization;
import org.caravanqda.app.refi.RefiExportSummary;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ShowInFolder;
import org.caravanqda.model.Coder;

/**
 * The export dialog's state: format and file, the CLI's options (coders, documents, a query,
 * context words, agreement sheets, CSV byte order mark, LF line ends for .qdpx, pseudonyms or real
 * names), and the export itself on the job thread with progress and cancel. It builds the requests
 * {@code caravan export} and {@code caravan codebook export} build from the same options, so the
 * files are the same; a cancelled or failed export leaves no file (the services write through a
 * temporary file).
 */
public final class ExportViewModel {
    private final Project project;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final ShowInFolder folders;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCoders = FXCollections.observableArrayList();
    private final ObservableList<String> documents = FXCollections.observableArrayList();
    private final ObservableList<String> chosenDocuments = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final IntegerProperty contextWords = new SimpleIntegerProperty(0);
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty();
    private final BooleanProperty agreement = new SimpleBooleanProperty();
    private final ObservableList<String> agreementCoders = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementUnit> agreementUnit = new SimpleObjectProperty<>(AgreementUnit.SENTENCE);
    private final BooleanProperty lfLineEnds = new SimpleBooleanProperty();
    private final BooleanProperty realNames = new SimpleBooleanProperty();
    private final ObjectProperty<Path> extraPseudonyms = new SimpleObjectProperty<>();
    private final LongProperty pseudonymsListed = new SimpleLongProperty();
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    /** Set by the job itself too, so Cancel reaches it even when it reports progress before submit returns. */
    private volatile Cancellation cancellation;

    public ExportViewModel(Project project, Jobs jobs, Dialogs dialogs, ShowInFolder folders) {
        this.project = project;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.folders = folders;
        String name = project.directory().toAbsolutePath().getFileName().toString();
        // an encrypted project's folder (or a server project's local one) takes no plaintext export:
        // the file is then chosen first
        if (!project.folderEncrypted()) {
            file.set(project.directory()
                    .toAbsolutePath()
                    .resolve(ExportTarget.DEFAULT_FOLDER)
                    .resolve(ExportFormat.XLSX.suggestedName(name)));
        }
        format.addListener((o, a, f) -> {
            if (f != null && file.get() != null) {
                file.set(f.withExtension(file.get()));
            }
        });
        realNames.addListener((o, a, b) -> updateWarning());
        pseudonymsListed.addListener((o, a, b) -> updateWarning());
    }

    /** Reads the coders, documents and how many pseudonyms the project lists. */
    public void load() {
        jobs.submit(
                (p, c) -> new Lists(
                        project.agreement().coders().stream().map(Coder::name).toList(),
                        project.documents().list().stream().map(d -> d.name()).toList(),
                        project.pseudonyms().count()),
                l -> {
                    coders.setAll(l.coders());
                    documents.setAll(l.documents());
                    pseudonymsListed.set(l.pseudonyms());
                    if (agreementCoders.isEmpty()) {
                        agreementCoders.setAll(
                                l.coders().subList(0, Math.min(2, l.coders().size())));
                    }
                },
                this::failed);
    }

    private record Lists(List<String> coders, List<String> documents, long pseudonyms) {}

    /** The CLI's warning, shown before the export while real names are asked for and the project lists pseudonyms. */
    private void updateWarning() {
        long n = pseudonymsListed.get();
        warning.set(
                realNames.get() && n > 0
                        ? "Warning: exporting real names: " + n + " pseudonyms are defined and \"Write real names\""
                                + " keeps them out of this export"
                        : "");
    }

    /** "Choose…": where to write; a name with another export's extension switches the format. */
    public void chooseFile() {
        ExportFormat f = format.get();
        String name = file.get() == null
                ? f.suggestedName(
                        project.directory().toAbsolutePath().getFileName().toString())
                : file.get().getFileName().toString();
        dialogs.saveFile("Export", name, new Dialogs.FileType(f.label(), "*." + f.extension()))
                .ifPresent(p -> {
                    ExportFormat chosen = ExportFormat.of(p);
                    if (chosen == null) {
                        p = p.resolveSibling(p.getFileName() + "." + f.extension());
                    } else if (chosen != f) {
                        format.set(chosen);
                    }
                    file.set(p);
                });
    }

    /** "Pseudonym table…": a CSV (real_name,pseudonym) applied to this export on top of the project's list. */
    public void choosePseudonyms() {
        extraPseudonyms.set(dialogs.chooseFile(
                        "Pseudonyms for this export", new Dialogs.FileType("CSV (real_name,pseudonym)", "*.csv"))
                .orElse(null));
    }

    /** Which names this export writes, as the CLI's --real-names and --pseudonyms make it (on the job thread). */
    private PseudonymChoice names(boolean real, Path extra) {
        return new PseudonymChoice(
                real, extra == null ? List.of() : project.pseudonyms().readCsv(extra));
    }

    /** The coded segments chosen, as the CLI's --coder, --documents and --query make them (on the job thread). */
    static Selection selection(Project project, List<String> coders, List<String> documents, String query) {
        Selection base = Selection.of(new HashSet<>(coders), documents);
        if (query == null || query.isBlank()) {
            return base;
        }
        Set<Long> ids = project.search().codingIds(query);
        return base.withSegments(c -> ids.contains(c.id()), "query: " + query);
    }

    /** What one export is to do, fixed on the FX thread when it starts. */
    record Plan(
            ExportFormat format,
            Path file,
            List<String> coders,
            List<String> documents,
            String query,
            int contextWords,
            boolean byteOrderMark,
            List<String> agreementCoders,
            AgreementUnit agreementUnit,
            boolean lfLineEnds,
            boolean realNames,
            Path extraPseudonyms) {}

    Plan plan() {
        return new Plan(
                format.get(),
                file.get(),
                List.copyOf(chosenCoders),
                List.copyOf(chosenDocuments),
                query.get() == null || query.get().isBlank()
                        ? null
                        : query.get().strip(),
                contextWords.get(),
                byteOrderMark.get(),
                agreement.get() ? List.copyOf(agreementCoders) : null,
                agreementUnit.get(),
                lfLineEnds.get(),
                realNames.get(),
                extraPseudonyms.get());
    }

    /** The segments export's request, built as ExportCommand builds it from the same options. */
    ExportRequest request(Plan plan) {
        return new ExportRequest(
                plan.file(),
                selection(project, plan.coders(), plan.documents(), plan.query()),
                plan.contextWords(),
                plan.byteOrderMark(),
                plan.agreementCoders() == null
                        ? null
                        : new AgreementRequest(
                                plan.agreementCoders(), plan.agreementUnit(), List.of(), List.of(), null, true),
                names(plan.realNames(), plan.extraPseudonyms()));
    }

    /** "Export": runs on the job thread with progress; Cancel stops it and no file is left. */
    public void export() {
        if (running.get()) {
            return;
        }
        Plan plan = plan();
        String problem = problem(plan);
        if (problem != null) {
            message.set(problem);
            return;
        }
        running.set(true);
        written.set(null);
        summary.set("");
        progress.set(-1);
        message.set("Exporting…");
        cancellation = jobs.submit(
                (p, c) -> {
                    cancellation = c;
                    return run(plan, p, c);
                },
                lines -> {
                    running.set(false);
                    progress.set(1);
                    written.set(plan.file());
                    message.set("Done");
                    summary.set(String.join("\n", lines));
                },
                e -> {
                    running.set(false);
                    progress.set(0);
                    String why = e.getMessage() == null ? e.toString() : e.getMessage();
                    message.set(
                            cancellation != null && cancellation.isCancelled()
                                    ? "Cancelled: no file was written"
                                    : "Nothing was exported");
                    summary.set(why);
                },
                r -> {
                    message.set(r.message());
                    progress.set(r.fraction());
                });
    }

    /** Why the export cannot start, or null. */
    private static String problem(Plan plan) {
        if (plan.file() == null) {
            return "Choose where to write the export (Choose…)";
        }
        if (plan.realNames() && plan.extraPseudonyms() != null) {
            return "Write real names, or apply a pseudonym table: not both";
        }
        if (plan.format().segments()
                && plan.agreementCoders() != null
                && plan.agreementCoders().size() < 2) {
            return "Agreement sheets compare two or more coders: choose them, or untick the sheets";
        }
        if (plan.contextWords() < 0 || plan.contextWords() > ExportRequest.MAX_CONTEXT_WORDS) {
            return "Context words must be between 0 and " + ExportRequest.MAX_CONTEXT_WORDS;
        }
        return null;
    }

    /** The export itself; returns the summary's lines (what the CLI prints). */
    private List<String> run(Plan plan, Progress p, Cancellation c) {
        c.check();
        List<String> lines = new ArrayList<>();
        switch (plan.format()) {
            case XLSX, CSV -> {
                ExportSummary s = project.exports().export(request(plan), p, c);
                lines.add("Wrote " + s.file() + ": " + s.counts());
                if (s.segmentSheets().size() > 1) {
                    lines.add("Segments continue over sheets " + String.join(", ", s.segmentSheets()));
                }
                pseudonyms(s.pseudonyms(), lines);
                if (!s.cutCells().isEmpty()) {
                    lines.add(s.cutCells().size() + " cells were longer than Excel allows and were cut"
                            + " (listed in the About sheet; the CSV export keeps the full text)");
                }
            }
            case QDPX -> {
                RefiExportSummary s = project.refiExports()
                        .export(plan.file(), plan.lfLineEnds(), names(plan.realNames(), plan.extraPseudonyms()), p, c);
                lines.add("Wrote " + s.file() + ": " + s.documents() + " documents, " + s.codes() + " codes, "
                        + s.codings() + " codings, " + s.coders() + " coders, " + s.memos() + " memos, " + s.cases()
                        + " cases, " + s.attributeValues() + " attribute values");
                s.warnings().forEach(w -> lines.add("Warning: " + w));
                pseudonyms(s.pseudonyms(), lines);
            }
            case QDC, MARKDOWN -> {
                var s = project.codebook().exportFile(plan.file(), names(plan.realNames(), plan.extraPseudonyms()));
                lines.add("Wrote " + s.file() + ": the codebook (" + s.codes() + " codes)");
                pseudonyms(s.pseudonyms(), lines);
            }
        }
        return lines;
    }

    /** The CLI's line on pseudonyms: applied, or the warning that real names were written. */
    static void pseudonyms(Pseudonymization p, List<String> lines) {
        if (p.listed() == 0) {
            return;
        }
        lines.add(
                p.applied()
                        ? "Pseudonymized: " + p.listed() + " pseudonyms in the list, " + p.replacements()
                                + " names replaced"
                        : "Warning: exporting real names: " + p.listed() + " pseudonyms are defined and"
                                + " \"Write real names\" kept them out of this export");
    }

    public void cancel() {
        if (cancellation != null && running.get()) {
            cancellation.cancel();
            message.set("Cancelling…");
        }
    }

    /** "Show in folder": the folder of the file written. */
    public void showInFolder() {
        Path f = written.get();
        if (f != null) {
            folders.show(f.toAbsolutePath().getParent());
        }
    }

    private void failed(Throwable e) {
        message.set(e instanceof CaravanException && e.getMessage() != null ? e.getMessage() : e.toString());
    }

    /** Whether the segment options (coders, documents, query, context, agreement) apply to the format chosen. */
    public BooleanBinding segmentOptions() {
        return Bindings.createBooleanBinding(
                () -> format.get() != null && format.get().segments(), format);
    }

    public BooleanBinding csv() {
        return format.isEqualTo(ExportFormat.CSV);
    }

    public BooleanBinding qdpx() {
        return format.isEqualTo(ExportFormat.QDPX);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObservableList<String> chosenCoders() {
        return chosenCoders;
    }

    public ObservableList<String> documents() {
        return documents;
    }

    public ObservableList<String> chosenDocuments() {
        return chosenDocuments;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public IntegerProperty contextWordsProperty() {
        return contextWords;
    }

    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    public BooleanProperty agreementProperty() {
        return agreement;
    }

    public ObservableList<String> agreementCoders() {
        return agreementCoders;
    }

    public ObjectProperty<AgreementUnit> agreementUnitProperty() {
        return agreementUnit;
    }

    public BooleanProperty lfLineEndsProperty() {
        return lfLineEnds;
    }

    public BooleanProperty realNamesProperty() {
        return realNames;
    }

    public ObjectProperty<Path> extraPseudonymsProperty() {
        return extraPseudonyms;
    }

    public ObservableStringValue warningProperty() {
        return warning;
    }

    public BooleanProperty runningProperty() {
        return running;
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

    /** The file the last export wrote, or null (before, or when it failed or was cancelled). */
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }
}
