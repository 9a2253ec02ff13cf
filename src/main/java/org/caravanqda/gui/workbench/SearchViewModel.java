package org.caravanqda.gui.workbench;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.common.CaravanException;
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

    SearchViewModel(WorkbenchViewModel workbench, Notifier notifier) {
        this.workbench = workbench;
        this.notifier = notifier;
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
        workbench.run(
                (progress, cancel) -> workbench.project().search().search(q, in, LIMIT, true),
                found -> {
                    shownScope = in;
                    shownQuery = q;
                    show(found);
                },
                e -> {
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
        workbench.coding().autocode(shownQuery, codePath, unit.get());
        search(shownQuery, shownScope);
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
