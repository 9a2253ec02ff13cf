package org.caravanqda.gui.retrieval;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.app.retrieval.Retrieval;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.retrieval.RetrievalRequest.Combine;
import org.caravanqda.app.retrieval.RetrievalService;
import org.caravanqda.app.retrieval.RetrievedSegment;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.CodePath;

/**
 * The coded-segments view: the segments of one or several codes (ANY, or ALL where they
 * overlap; with or without sub-codes), filtered by coders, documents, an attribute value and a
 * query in the Search tab's language, sorted by any column. From a row: open it in the
 * transcript, change its code, remove it, edit its memo (undoable through the workbench's
 * undo stack), and export the list as shown to .xlsx or .csv. Reads run on the job thread; the
 * list is read again whenever the workbench has (a coding changed anywhere).
 */
public final class RetrievalViewModel {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    /** "(any)": no attribute filter. */
    public static final String ANY_VALUE = "(any value)";

    /** The table's columns, each with its order (the table sorts by them). */
    public enum Column {
        DOCUMENT(Comparator.comparing(RetrievedSegment::document, String.CASE_INSENSITIVE_ORDER)),
        SPEAKER(Comparator.comparing(r -> r.speaker() == null ? "" : r.speaker(), String.CASE_INSENSITIVE_ORDER)),
        CODE(Comparator.comparing(RetrievedSegment::codePath, String.CASE_INSENSITIVE_ORDER)),
        CODER(Comparator.comparing(RetrievedSegment::coder, String.CASE_INSENSITIVE_ORDER)),
        DATE(Comparator.comparing(RetrievedSegment::created)),
        MEMO(Comparator.comparing(r -> r.memo() == null ? "" : r.memo(), String.CASE_INSENSITIVE_ORDER)),
        SEGMENT(Comparator.comparing(RetrievedSegment::text, String.CASE_INSENSITIVE_ORDER));

        private final Comparator<RetrievedSegment> order;

        Column(Comparator<RetrievedSegment> order) {
            this.order = order;
        }

        /** This column's order (a sort breaks the last ties by document and position). */
        public Comparator<RetrievedSegment> comparator() {
            return order;
        }
    }

    private final WorkbenchViewModel workbench;
    private final Dialogs dialogs;
    private final Runnable showTranscript;
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObjectProperty<Combine> combine = new SimpleObjectProperty<>(Combine.ANY);
    private final BooleanProperty withSubcodes = new SimpleBooleanProperty(true);
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> documents = FXCollections.observableArrayList();
    private final StringProperty attribute = new SimpleStringProperty(ANY_VALUE);
    private final StringProperty query = new SimpleStringProperty("");
    private final IntegerProperty contextWords = new SimpleIntegerProperty(RetrievalService.DEFAULT_CONTEXT_WORDS);
    private final ObservableList<String> coderChoices = FXCollections.observableArrayList();
    private final ObservableList<String> documentChoices = FXCollections.observableArrayList();
    private final ObservableList<String> attributeChoices = FXCollections.observableArrayList(ANY_VALUE);
    private final ObservableList<RetrievedSegment> rows = FXCollections.observableArrayList();
    private final SortedList<RetrievedSegment> shown = new SortedList<>(rows);
    private final ObjectProperty<Comparator<RetrievedSegment>> order = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("Segments");
    private final ObjectProperty<UnaryOperator<String>> display = new SimpleObjectProperty<>(UnaryOperator.identity());
    private final ChangeListener<Number> onRevision = (o, a, b) -> refresh();
    private boolean listening;
    private boolean loading;

    public RetrievalViewModel(WorkbenchViewModel workbench, Runnable showTranscript) {
        this.workbench = workbench;
        this.dialogs = workbench.dialogs();
        this.showTranscript = showTranscript;
        shown.comparatorProperty().bind(order);
        // a changed filter lists again (the query only on Enter, as in the Search tab)
        combine.addListener((o, a, b) -> changed());
        withSubcodes.addListener((o, a, b) -> changed());
        attribute.addListener((o, a, b) -> changed());
        contextWords.addListener((o, a, b) -> changed());
        coders.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
        documents.addListener((javafx.collections.ListChangeListener<String>) c -> changed());
    }

    private void changed() {
        if (!loading && listening) {
            refresh();
        }
    }

    /** The table's sort: each key a column and its direction, the first deciding first (none: document and position). */
    public void sortBy(List<SortKey> keys) {
        Comparator<RetrievedSegment> c = null;
        for (SortKey k : keys) {
            Comparator<RetrievedSegment> one = k.ascending()
                    ? k.column().comparator()
                    : k.column().comparator().reversed();
            c = c == null ? one : c.thenComparing(one);
        }
        Comparator<RetrievedSegment> ties =
                Comparator.comparing(RetrievedSegment::document).thenComparingInt(RetrievedSegment::start);
        order.set(c == null ? null : c.thenComparing(ties));
    }

    /** A column of the sort and its direction. */
    public record SortKey(Column column, boolean ascending) {}

    /** "Codes…": other codes, combination or sub-codes; the other filters stay. */
    public void chooseCodes(List<String> paths, Combine how, boolean subcodes) {
        loading = true;
        try {
            codes.setAll(paths);
            combine.set(how);
            withSubcodes.set(subcodes);
        } finally {
            loading = false;
        }
        refresh();
    }

    /** Lists what {@code request} asks for: its codes, combination, sub-codes and filters become the view's. */
    public void open(RetrievalRequest request) {
        loading = true;
        try {
            load(request);
        } finally {
            loading = false;
        }
        if (!listening) {
            workbench.revisionProperty().addListener(onRevision);
            listening = true;
        }
        refresh();
    }

    private void load(RetrievalRequest request) {
        codes.setAll(request.codePaths());
        combine.set(request.combine());
        withSubcodes.set(request.withSubcodes());
        coders.setAll(request.selection().coders().stream().sorted().toList());
        documents.setAll(request.selection().documents());
        attribute.set(
                request.attributes().isEmpty()
                        ? ANY_VALUE
                        : request.attributes().entrySet().iterator().next().getKey() + " = "
                                + request.attributes()
                                        .entrySet()
                                        .iterator()
                                        .next()
                                        .getValue());
        query.set("");
    }

    /** The tab closed: no more reads after changes. */
    public void close() {
        workbench.revisionProperty().removeListener(onRevision);
        listening = false;
    }

    /** The request the filters make now, but for the query (it is run on the job thread). */
    RetrievalRequest request() {
        Selection selection = Selection.of(new HashSet<>(coders), List.copyOf(documents));
        Map<String, String> attributes = new LinkedHashMap<>();
        String a = attribute.get();
        if (a != null && !a.equals(ANY_VALUE) && a.contains(" = ")) {
            attributes.put(a.substring(0, a.indexOf(" = ")), a.substring(a.indexOf(" = ") + 3));
        }
        return new RetrievalRequest(List.copyOf(codes), combine.get(), withSubcodes.get(), selection, attributes);
    }

    private record Read(Retrieval retrieval, RetrievalService.Choices choices, Pseudonymizer display) {}

    /** Reads the list again with the filters as they are. */
    public void refresh() {
        if (codes.isEmpty()) {
            rows.clear();
            summary.set("Choose codes to list their segments");
            return;
        }
        String q = query.get() == null ? "" : query.get().strip();
        boolean pseudonyms = workbench.showPseudonymsProperty().get();
        int words = contextWords.get();
        List<String> listed = List.copyOf(codes);
        RetrievalRequest base = request();
        workbench.run(
                (progress, cancel) -> {
                    var project = workbench.project();
                    RetrievalRequest request = base;
                    if (!q.isEmpty()) {
                        Set<Long> hits = project.search().codingIds(q);
                        request = new RetrievalRequest(
                                base.codePaths(),
                                base.combine(),
                                base.withSubcodes(),
                                base.selection().withSegments(c -> hits.contains(c.id()), "query: " + q),
                                base.attributes());
                    }
                    return new Read(
                            project.retrieval().retrieve(request, words),
                            project.retrieval().choices(),
                            pseudonyms ? project.pseudonyms().pseudonymizer() : null);
                },
                read -> {
                    error.set("");
                    Pseudonymizer pz = read.display();
                    display.set(pz == null || pz.isEmpty() ? UnaryOperator.identity() : pz::apply);
                    choices(read.choices());
                    rows.setAll(read.retrieval().segments());
                    title.set(title(listed));
                    int n = rows.size();
                    summary.set(String.format(
                            "%s in %,d %s",
                            n == 1 ? "1 segment" : String.format("%,d segments", n),
                            read.retrieval().documents(),
                            read.retrieval().documents() == 1 ? "document" : "documents"));
                },
                e -> {
                    if (e instanceof CaravanException) {
                        rows.clear();
                        summary.set("");
                        error.set(e.getMessage());
                    } else {
                        workbench.notifier().error("Retrieval", e);
                    }
                });
    }

    private static String joiner(Combine how) {
        return switch (how) {
            case ALL -> " AND ";
            case SAME_UNIT -> " WITH ";
            case ANY -> " OR ";
        };
    }

    private String title(List<String> listed) {
        String joined = String.join(
                joiner(combine.get()),
                listed.stream().map(p -> CodePath.parse(p).leaf()).toList());
        return "Segments: " + display.get().apply(joined.length() > 40 ? joined.substring(0, 39) + "…" : joined);
    }

    private void choices(RetrievalService.Choices c) {
        coderChoices.setAll(c.coders());
        documentChoices.setAll(c.documents());
        List<String> values = new ArrayList<>(List.of(ANY_VALUE));
        c.attributes().forEach((name, vs) -> vs.forEach(v -> values.add(name + " = " + v)));
        if (!values.equals(attributeChoices)) {
            String keep = attribute.get();
            attributeChoices.setAll(values);
            attribute.set(values.contains(keep) ? keep : ANY_VALUE);
        }
    }

    /** Opens the row's document with its passage selected and scrolled to, in the Transcript tab. */
    public void openInTranscript(RetrievedSegment row) {
        if (row == null) {
            return;
        }
        workbench.openDocumentAt(row.document(), row.start(), row.end());
        showTranscript.run();
    }

    private boolean one(RetrievedSegment row) {
        if (row == null) {
            return false;
        }
        if (!row.single()) {
            workbench
                    .statusProperty()
                    .set("This passage is where several codings overlap: open it to change one of them");
            return false;
        }
        return true;
    }

    private static CodingMark mark(RetrievedSegment r) {
        return new CodingMark(
                r.codingId(),
                r.codeId(),
                r.codePath(),
                CodePath.parse(r.codePath()).leaf(),
                r.color(),
                r.coder(),
                r.start(),
                r.end(),
                r.created(),
                r.memo(),
                r.version());
    }

    /** "Change code…": asks for another code, then gives the coding that code (undoable). */
    public void changeCode(RetrievedSegment row) {
        if (!one(row)) {
            return;
        }
        List<String> targets = workbench.codebook().codablePaths().stream()
                .filter(p -> !p.equals(row.codePath()))
                .toList();
        dialogs.choose("Change code", "Give this segment of " + row.codePath() + " another code:", targets)
                .ifPresent(code -> workbench.coding().change(row.document(), mark(row), code));
    }

    /** "Remove coding": removes it (undoable with Ctrl+Z). */
    public void remove(RetrievedSegment row) {
        if (one(row)) {
            workbench.coding().remove(row.document(), mark(row));
        }
    }

    /** "Edit memo…": asks for the memo (the current one filled in); blank clears it. Undoable. */
    public void editMemo(RetrievedSegment row) {
        if (!one(row)) {
            return;
        }
        if (workbench.showPseudonymsProperty().get()) {
            // the memo shown is rewritten: saving it would store pseudonyms as the memo
            workbench.statusProperty().set("Memos cannot be edited while pseudonyms are shown");
            return;
        }
        dialogs.askText("Memo", "Memo on this segment of " + row.codePath(), row.memo() == null ? "" : row.memo())
                .ifPresent(memo -> workbench.coding().memo(mark(row), memo.isBlank() ? null : memo));
    }

    /**
     * "Export…": the list as shown (its order, its filters) to .xlsx or .csv with the export's
     * columns; the project's pseudonym list applies as in every export. The rows of an overlap
     * (ALL) are the codings that form it.
     */
    public void export() {
        if (shown.isEmpty()) {
            workbench.statusProperty().set("Nothing to export: the list is empty");
            return;
        }
        String name =
                "segments-" + title.get().replaceFirst("^Segments: ", "").replaceAll("[^\\p{L}\\p{N}]+", "-") + ".xlsx";
        dialogs.saveFile(
                        "Export segments",
                        name.toLowerCase(Locale.ROOT),
                        new Dialogs.FileType("Excel workbook", "*.xlsx"),
                        new Dialogs.FileType("CSV", "*.csv"))
                .ifPresent(this::export);
    }

    /** Writes the list as shown to {@code file} (its extension picks the format). */
    public void export(Path file) {
        List<Long> ids = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (RetrievedSegment r : shown) {
            r.codingIds().stream().filter(seen::add).forEach(ids::add);
        }
        String q = query.get() == null ? "" : query.get().strip();
        Selection described = request().selection();
        String label = "retrieval: " + String.join(joiner(combine.get()), codes)
                + (withSubcodes.get() ? " (with sub-codes)" : "") + (q.isEmpty() ? "" : "; query: " + q)
                + (ANY_VALUE.equals(attribute.get()) ? "" : "; " + attribute.get());
        Selection selection = described.withSegments(null, label);
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        ExportRequest request = new ExportRequest(file, selection, contextWords.get(), csv);
        workbench.run(
                (progress, cancel) -> workbench.project().exports().exportCodings(request, ids, progress, cancel),
                (ExportSummary s) -> workbench
                        .statusProperty()
                        .set(String.format(
                                "Exported %,d segments to %s%s",
                                s.segments(), s.file(), s.pseudonyms().applied() ? " (pseudonymized)" : "")),
                e -> dialogs.showError("Export", e));
    }

    /** How a name, speaker, text or memo is shown: as stored, or with the pseudonym list applied. */
    public String shown(String text) {
        return text == null ? "" : display.get().apply(text);
    }

    /** The date column's text. */
    public static String date(RetrievedSegment r) {
        return r.created() == null ? "" : WHEN.format(r.created());
    }

    public ObservableList<String> codes() {
        return codes;
    }

    public ObjectProperty<Combine> combineProperty() {
        return combine;
    }

    public BooleanProperty withSubcodesProperty() {
        return withSubcodes;
    }

    /** Selected coders (none: all). */
    public ObservableList<String> coders() {
        return coders;
    }

    /** Selected documents (none: all). */
    public ObservableList<String> documents() {
        return documents;
    }

    /** "NAME = VALUE" or {@link #ANY_VALUE}. */
    public StringProperty attributeProperty() {
        return attribute;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public IntegerProperty contextWordsProperty() {
        return contextWords;
    }

    public ObservableList<String> coderChoices() {
        return coderChoices;
    }

    public ObservableList<String> documentChoices() {
        return documentChoices;
    }

    public ObservableList<String> attributeChoices() {
        return attributeChoices;
    }

    /** The rows as shown: sorted by {@link #orderProperty()}. */
    public SortedList<RetrievedSegment> shown() {
        return shown;
    }

    /** The table's sort order (null: document and position). */
    public ObjectProperty<Comparator<RetrievedSegment>> orderProperty() {
        return order;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** A message for a query or filter that cannot be used, else empty. */
    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<UnaryOperator<String>> displayProperty() {
        return display;
    }

    /** The codes the "Codes…" choice offers: every code in the codebook, in tree order. */
    public List<String> codeChoices() {
        return workbench.codebook().nodes().stream().map(n -> n.path()).toList();
    }

    WorkbenchViewModel workbench() {
        return workbench;
    }
}
