package org.caravanqda.gui.workbench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.Notifier;
import org.caravanqda.gui.common.Work;
import org.caravanqda.gui.imports.ImportViewModel;
import org.caravanqda.gui.pseudonyms.PseudonymsViewModel;
import org.caravanqda.gui.transcript.Transcript;
import org.caravanqda.gui.transcript.TranscriptViewModel;

/**
 * The main window's state over one open project. Every read and write runs as a job on the
 * worker thread; after a write the documents, the codebook counts and the open transcript are
 * read again in the same job, so the screen always shows what the store holds. Questions to the
 * user (a file, a name, a confirmation) go through {@link Dialogs}, asked here and in the view
 * models beside it, so the views only bind and forward events.
 */
public final class WorkbenchViewModel {
    private final Project project;
    private final Jobs jobs;
    private final Notifier notifier;
    private final Dialogs dialogs;
    private final GuiPreferences prefs;
    private final StringProperty coder = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DocumentsViewModel documents = new DocumentsViewModel();
    private final CodebookViewModel codebook = new CodebookViewModel();
    private final TranscriptViewModel transcript;
    private final CodingActions coding;
    private final CodebookActions codebookActions;
    private final SearchViewModel search;
    private String openDocument;
    private final BooleanProperty showPseudonyms = new SimpleBooleanProperty();
    /** The list applied while "Show pseudonyms" is on (read on the job thread), else null. */
    private volatile org.caravanqda.app.pseudonym.Pseudonymizer display;

    private int running;
    /** Counts the states shown: views beside the transcript read again when it moves (a coding changed anywhere). */
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision =
            new javafx.beans.property.ReadOnlyIntegerWrapper();
    /** Opens the retrieval view (installed by it); until then a retrieval request is only reported. */
    private Consumer<org.caravanqda.app.retrieval.RetrievalRequest> retrieval =
            r -> status.set("Retrieval is not available in this window");

    record State(List<DocumentListing> documents, List<CodeNode> codebook, Transcript transcript) {}

    private record Changed<T>(T result, State state) {}

    public WorkbenchViewModel(
            Project project, Jobs jobs, Notifier notifier, Dialogs dialogs, GuiPreferences prefs, String coder) {
        this.project = project;
        this.jobs = jobs;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.coder.set(coder);
        this.transcript = new TranscriptViewModel(this.coder);
        this.coding = new CodingActions(this);
        this.codebookActions = new CodebookActions(this, coding);
        this.search = new SearchViewModel(this, notifier);
        // the codebook counts whose codings the transcript shows ("Show other coders")
        codebook.countedCoderProperty()
                .bind(javafx.beans.binding.Bindings.when(transcript.showOtherCodersProperty())
                        .then((String) null)
                        .otherwise(this.coder));
        // code paths may name participants: an encrypted project's pins stay in memory for this
        // session, never in java.util.prefs (a plain file, or the Windows registry); pins kept from
        // before it was encrypted are dropped
        if (project.encrypted()) {
            prefs.forgetPinnedCodes(project.directory());
        } else {
            codebook.pinned().setAll(prefs.pinnedCodes(project.directory()));
            codebook.pinned().addListener((javafx.collections.ListChangeListener<String>)
                    c -> prefs.pinnedCodes(project.directory(), List.copyOf(codebook.pinned())));
        }
        this.coder.addListener((o, a, b) -> prefs.coder(b));
        showPseudonyms.addListener((o, a, b) -> reload());
        LiveUpdates.follow(this); // other coders' work on a server project, shown as it comes
    }

    /**
     * "Show pseudonyms": the transcript, document names, speakers and values shown with the list
     * applied. Display only: coding is off meanwhile (CodingActions), so no offset on the shown
     * text can reach the store.
     */
    public BooleanProperty showPseudonymsProperty() {
        return showPseudonyms;
    }

    /** Reads the list on the job thread when pseudonyms are to be shown. */
    private org.caravanqda.app.pseudonym.Pseudonymizer readDisplay(boolean show) {
        display = show ? project.pseudonyms().pseudonymizer() : null;
        return display;
    }

    /** The document with its units and codings, through the app's use case (on the job thread). */
    private Transcript read(String name) {
        return Transcript.of(project.documents().transcript(name));
    }

    private Transcript shown(Transcript t) {
        var pz = display;
        return t == null || pz == null ? t : PseudonymDisplay.transcript(t, pz);
    }

    /** Reads everything again (after opening, or after an import). */
    public void reload() {
        change((p, c) -> null, r -> {});
    }

    public void openDocument(String name) {
        long[] readMillis = new long[1];
        run(
                (p, c) -> {
                    long started = System.nanoTime();
                    Transcript t = shown(read(name));
                    readMillis[0] = (System.nanoTime() - started) / 1_000_000;
                    return t;
                },
                t -> {
                    long started = System.nanoTime();
                    show(name, t);
                    status.set(String.format(
                            "%s: %,d characters, %,d codings; read in %d ms, shown in %d ms",
                            t.name(),
                            t.text().length(),
                            t.codings().size(),
                            readMillis[0],
                            (System.nanoTime() - started) / 1_000_000));
                });
    }

    private record Opened(Transcript transcript, int start, int end) {}

    /**
     * Opens a document (unless it is open) and selects a passage given in stored-text offsets (a
     * search hit). With pseudonyms shown the passage is moved onto the displayed text, as codings are.
     */
    public void openDocumentAt(String name, int start, int end) {
        run(
                (p, c) -> {
                    Transcript real = read(name);
                    var pz = display;
                    if (pz == null) {
                        return new Opened(real, start, end);
                    }
                    org.caravanqda.app.pseudonym.Pseudonymizer.Rewritten r = pz.rewrite(real.text());
                    return new Opened(
                            PseudonymDisplay.transcript(real, pz, r),
                            r.offsets().start(start),
                            r.offsets().end(end));
                },
                o -> {
                    Transcript current = transcript.transcriptProperty().get();
                    if (!name.equals(openDocument)
                            || current == null
                            || !o.transcript().text().equals(current.text())) {
                        show(name, o.transcript());
                    }
                    transcript.reveal(o.start(), o.end());
                    status.set(String.format(
                            "%s, characters %,d-%,d", o.transcript().name(), o.start(), o.end()));
                });
    }

    private void show(String name, Transcript t) {
        openDocument = name;
        transcript.transcriptProperty().set(t);
        transcript.inspectAt(-1);
        documents.shown().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .ifPresent(documents.selectedProperty()::set);
    }

    /** Runs a change, then reads the state again in the same job; {@code after} gets the change's result. */
    public <T> void change(Work<T> work, Consumer<T> after) {
        change(work, r -> {}, after);
    }

    /** {@code beforeShowing} sees the result before the new state is shown (e.g. to carry pins over a rename). */
    <T> void change(Work<T> work, Consumer<T> beforeShowing, Consumer<T> after) {
        change(work, beforeShowing, after, e -> notifier.error("Caravan", e));
    }

    /** {@code failed}: what the change's failure does instead of the error dialog (an optimistic coding rolled back). */
    <T> void change(Work<T> work, Consumer<T> beforeShowing, Consumer<T> after, Consumer<Throwable> failed) {
        boolean show = showPseudonyms.get();
        run(
                (p, c) -> new Changed<>(work.run(p, c), readState(show)),
                changed -> {
                    beforeShowing.accept(changed.result());
                    apply(changed.state());
                    after.accept(changed.result());
                },
                failed);
    }

    private State readState(boolean show) {
        readDisplay(show);
        return new State(
                project.documents().list(),
                project.codebook().tree(),
                openDocument == null ? null : shown(read(openDocument)));
    }

    private void apply(State s) {
        var pz = display;
        documents.displayProperty().set(pz == null ? java.util.function.UnaryOperator.identity() : pz::apply);
        documents.replace(s.documents());
        codebook.replace(s.codebook());
        if (s.transcript() != null) {
            transcript.transcriptProperty().set(s.transcript());
        }
        revision.set(revision.get() + 1);
    }

    /** Moves each time the window has read the project again (after any change, an import, "Show pseudonyms"). */
    public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Lists the segments a request asks for in the retrieval view (a double-click on a code, a
     * chart's bar or cell): what other views call to show the segments behind a figure.
     */
    public void openRetrieval(org.caravanqda.app.retrieval.RetrievalRequest request) {
        retrieval.accept(request);
    }

    /** Installed by the retrieval view (gui/retrieval), which depends on this package, not the other way. */
    public void retrievalOpener(Consumer<org.caravanqda.app.retrieval.RetrievalRequest> opener) {
        this.retrieval = opener;
    }

    <T> void run(Work<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, e -> notifier.error("Caravan", e));
    }

    /** Work on the job thread for the view models beside this one (the busy indicator shows it). */
    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(++running > 0);
        jobs.submit(
                work,
                r -> {
                    done();
                    onSuccess.accept(r);
                },
                e -> {
                    done();
                    onFailure.accept(e);
                });
    }

    private void done() {
        busy.set(--running > 0);
        if (running == 0) {
            activity.set(WORKING);
        }
    }

    private static final String WORKING = "Working…";
    private final StringProperty activity = new SimpleStringProperty(WORKING);

    /** What the job thread is doing, as the status bar says it while {@link #busyProperty()} holds. */
    public StringProperty activityProperty() {
        return activity;
    }

    /**
     * An online backup of the open project (the CLI's backup is refused while this window holds
     * the project, so this is the way to back it up now); coding may go on meanwhile.
     */
    public void backup(Path zip) {
        run(
                (progress, cancel) -> project.backup(zip),
                b -> status.set(String.format("Backed up to %s (%,d KiB)", b.file(), (b.bytes() + 1023) / 1024)));
    }

    /** "Back up…": asks where (PROJECT-yyyyMMdd-HHmm.zip suggested), then backs up; cancelled, nothing happens. */
    public void backup() {
        String suggested = project.directory().toAbsolutePath().getFileName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip";
        dialogs.saveFile("Back up project", suggested, new Dialogs.FileType("Caravan backup", "*.zip"))
                .ifPresent(this::backup);
    }

    /** "Coder: …": asks for the coder name; a blank answer or Cancel keeps the current one. */
    public void changeCoder() {
        dialogs.askText("Coder", "Your coder name (new codings carry it)", coder.get())
                .filter(n -> !n.isBlank())
                .ifPresent(n -> coder.set(n.strip()));
    }

    /** The import window's view model: it imports into this project and makes this window read everything again. */
    public ImportViewModel importer(Dialogs importDialogs) {
        return new ImportViewModel(project.imports(), jobs, importDialogs, coder.get(), this::reload);
    }

    /** The pseudonym table's view model: each change makes this window read what it shows again. */
    public PseudonymsViewModel pseudonymTable() {
        return new PseudonymsViewModel(project.pseudonyms(), jobs, notifier, this::reload);
    }

    /** The project's folder name, as the toolbar shows it. */
    /** The project's own name (the one given at creation, shown in the title bar and toolbar), not its folder's. */
    public String projectName() {
        if (projectName == null) {
            String name = project.documents().projectName();
            projectName = name == null || name.isBlank()
                    ? project.directory().toAbsolutePath().getFileName().toString()
                    : name;
        }
        return projectName;
    }

    private String projectName;

    /**
     * For the view models beside this one (coding, search, retrieval in gui/retrieval); views
     * call view-model methods instead.
     */
    public Project project() {
        return project;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    private org.caravanqda.gui.memos.MemosViewModel memos;

    /** The memo list (made on first use), opening memos here and undone with the coding changes. */
    public org.caravanqda.gui.memos.MemosViewModel memos() {
        if (memos == null) {
            memos = new org.caravanqda.gui.memos.MemosViewModel(
                    project,
                    jobs,
                    dialogs,
                    coder,
                    new org.caravanqda.gui.memos.MemosViewModel.Workbench() {
                        @Override
                        public String openDocument() {
                            return openDocument;
                        }

                        @Override
                        public String selectedCode() {
                            var node = codebook.selectedProperty().get();
                            return node == null ? null : node.path();
                        }

                        @Override
                        public void openDocument(String name) {
                            WorkbenchViewModel.this.openDocument(name);
                        }

                        @Override
                        public void selectCode(String path) {
                            codebook.byPath(path).ifPresent(codebook.selectedProperty()::set);
                        }

                        @Override
                        public void openPassage(String document, int start, int end) {
                            openDocumentAt(document, start, end);
                        }

                        @Override
                        public void perform(org.caravanqda.gui.coding.Command command, String message) {
                            coding.perform(command, message);
                        }
                    },
                    e -> notifier.error("Memos", e));
        }
        return memos;
    }

    /** The memo list when it was made (for a refresh), else empty. */
    java.util.Optional<org.caravanqda.gui.memos.MemosViewModel> memosIfMade() {
        return java.util.Optional.ofNullable(memos);
    }

    /** The one job thread every read and write of the project runs on (views beside this one share it). */
    Jobs jobs() {
        return jobs;
    }

    public Notifier notifier() {
        return notifier;
    }

    public GuiPreferences preferences() {
        return prefs;
    }

    /**
     * A document was renamed (to != null) or deleted (to == null), on the job thread before the
     * state is read again: the open transcript follows it or closes.
     */
    public void documentRenamed(String from, String to) {
        if (from.equals(openDocument)) {
            openDocument = to;
        }
    }

    public String openDocumentName() {
        return openDocument;
    }

    public StringProperty coderProperty() {
        return coder;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public CodebookViewModel codebook() {
        return codebook;
    }

    public TranscriptViewModel transcript() {
        return transcript;
    }

    public CodingActions coding() {
        return coding;
    }

    /** New, edited, moved, merged and deleted codes. */
    public CodebookActions codebookActions() {
        return codebookActions;
    }

    public SearchViewModel search() {
        return search;
    }
}
