package org.caravanqda.gui.workbench;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.gui.common.Notifier;

/**
 * The search panel: a query in Caravan's query language (the CLI's `search`), a scope, the hits
 * with their keyword-in-context snippets, and opening a hit selects it in the transcript. The
 * search runs as a job on the worker thread; a query the parser rejects is shown in the panel
 * (it is the researcher's typing, not a failure of the program).
 */
public final class SearchViewModel {
    /** Hits listed at most; the total is always counted. */
    static final int LIMIT = 500;

    private final WorkbenchViewModel workbench;
    private final Notifier notifier;
    private final StringProperty query = new SimpleStringProperty("");
    // turns and paragraphs by default: the panel searches the transcripts, coded or not
    private final ObjectProperty<SearchScope> scope = new SimpleObjectProperty<>(SearchScope.UNITS);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<AutocodeUnit> unit = new SimpleObjectProperty<>(AutocodeUnit.SENTENCE);
    private final BooleanProperty codable = new SimpleBooleanProperty();
    private SearchScope shownScope = SearchScope.UNITS;
    private String shownQuery;

    private final BooleanProperty working = new SimpleBooleanProperty();
    private final StringProperty workingText = new SimpleStringProperty("");

    SearchViewModel(WorkbenchViewModel workbench, Notifier notifier) {
        this.workbench = workbench;
        this.notifier = notifier;
        // the hits' headers name their codes: after any change (an auto-coding undone, a code renamed) list them anew
        // whatever ends the work (a failure too), nothing runs any more once the job thread is idle
        workbench.busyProperty().addListener((o, a, busy) -> {
            if (!busy) {
                working(null);
            }
        });
        workbench.revisionProperty().addListener((o, a, b) -> {
            if (shownQuery != null) {
                search(shownQuery, shownScope);
            }
        });
    }

    /** Says in the panel what runs (the first search opens the index; auto-coding searches and codes). */
    private void working(String what) {
        workingText.set(what);
        working.set(what != null);
    }

    /** Runs the query; an empty query clears the results. */
    public void search() {
        search(query.get() == null ? "" : query.get().strip(), scope.get());
    }

    private void search(String q, SearchScope in) {
        error.set("");
        if (q.isEmpty()) {
            clear();
            return;
        }
        working("Searching…");
        workbench.run(
                (progress, cancel) -> workbench.project().search().search(q, in, LIMIT, true),
                found -> {
                    working(null);
                    shownScope = in;
                    shownQuery = q;
                    show(found);
                },
                e -> {
                    working(null);
                    if (e instanceof CaravanException) {
                        clear();
                        error.set(e.getMessage());
                    } else {
                        notifier.error("Search", e);
                    }
                });
    }

    private void clear() {
        hits.clear();
        summary.set("");
        shownQuery = null;
        codable.set(false);
    }

    private void show(SearchHits found) {
        hits.setAll(found.hits());
        // auto-coding codes matches in turns and paragraphs: what the panel lists in that scope
        codable.set(shownScope == SearchScope.UNITS && !found.hits().isEmpty());
        long total = found.total();
        summary.set(
                total == 0
                        ? "No hits"
                        : total == 1
                                ? "1 hit"
                                : total > found.hits().size()
                                        ? String.format(
                                                "%,d hits, the first %,d shown",
                                                total, found.hits().size())
                                        : String.format("%,d hits", total));
    }

    /** Opens the hit's document; a segment or a turn is selected and scrolled to. */
    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        if (shownScope == SearchScope.DOCUMENTS) {
            workbench.openDocument(hit.document());
        } else {
            workbench.openDocumentAt(hit.document(), hit.start(), hit.end());
        }
    }

    /**
     * Codes every hit of the query shown (not one typed since) with a code, around each match as
     * {@link #unitProperty()} says; one undoable step. The list is searched again to show the new codes.
     */
    public void autocode(String codePath) {
        if (!codable.get() || codePath == null) {
            return;
        }
        String q = shownQuery;
        AutocodeUnit around = unit.get();
        working("Finding the passages to code…");
        workbench.run(
                (progress, cancel) -> workbench
                        .project()
                        .autocode()
                        .run(new AutocodeRequest(
                                q,
                                codePath,
                                around,
                                null,
                                workbench.coderProperty().get(),
                                true)),
                plan -> {
                    working(null);
                    long fresh = plan.spans().stream().filter(p -> !p.exists()).count();
                    if (fresh == 0) {
                        workbench
                                .statusProperty()
                                .set("Nothing to auto-code: every passage found is already coded with " + codePath);
                    } else if (workbench.dialogs().confirm("Auto-code", autocodeQuestion(plan, codePath, around))) {
                        working("Auto-coding…");
                        workbench.coding().autocode(q, codePath, around);
                    } else {
                        workbench.statusProperty().set("Auto-coding cancelled: nothing was coded");
                    }
                },
                e -> {
                    working(null);
                    notifier.error("Auto-code", e);
                });
    }

    /** Passages quoted in the auto-coding question. */
    static final int PREVIEWED = 3;

    /** How many passages a run will code (in how many documents), the first few quoted, before anything is coded. */
    static String autocodeQuestion(AutocodeReport plan, String codePath, AutocodeUnit around) {
        List<AutocodeReport.Planned> fresh =
                plan.spans().stream().filter(p -> !p.exists()).toList();
        long documents =
                fresh.stream().map(AutocodeReport.Planned::document).distinct().count();
        StringBuilder q = new StringBuilder(String.format(
                "Code %s in %s with %s?",
                fresh.size() == 1 ? "1 passage" : String.format("%,d passages", fresh.size()),
                documents == 1 ? "1 document" : String.format("%,d documents", documents),
                codePath));
        q.append(
                switch (around) {
                    case HIT -> " (the words of each hit)";
                    case SENTENCE -> " (each hit's sentence)";
                    case PARAGRAPH -> " (each hit's paragraph)";
                    case TURN -> " (each hit's turn)";
                });
        int already = plan.spans().size() - fresh.size();
        if (already > 0) {
            q.append(
                    already == 1
                            ? " 1 passage already coded with it stays as it is."
                            : String.format(" %,d passages already coded with it stay as they are.", already));
        }
        q.append("\n\n");
        fresh.stream()
                .limit(PREVIEWED)
                .forEach(p -> q.append("• ")
                        .append(p.document())
                        .append(": «")
                        .append(preview(p.text()))
                        .append("»\n"));
        if (fresh.size() > PREVIEWED) {
            q.append(String.format("… and %,d more\n", fresh.size() - PREVIEWED));
        }
        q.append("\nUndo (Ctrl+Z) takes the whole run back.");
        return q.toString();
    }

    private static String preview(String text) {
        String one = text.replaceAll("(?U)\\s+", " ").strip();
        return one.length() <= 120
                ? one
                : one.substring(0, Character.isHighSurrogate(one.charAt(119)) ? 119 : 120) + "…";
    }

    /** True while the panel searches or auto-codes (it shows a small progress indicator and {@link #workingTextProperty()}). */
    public BooleanProperty workingProperty() {
        return working;
    }

    public StringProperty workingTextProperty() {
        return workingText;
    }

    public ObjectProperty<AutocodeUnit> unitProperty() {
        return unit;
    }

    /** Whether the hits shown can be auto-coded (turns-and-paragraphs results). */
    public BooleanProperty codableProperty() {
        return codable;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SearchScope> scopeProperty() {
        return scope;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The parser's message for a query it cannot read, else empty. */
    public StringProperty errorProperty() {
        return error;
    }
}
