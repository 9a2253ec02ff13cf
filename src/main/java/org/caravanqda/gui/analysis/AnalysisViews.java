package org.caravanqda.gui.analysis;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import org.caravanqda.app.Project;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;

/**
 * The Analysis menu's tables and charts: Frequencies, Co-occurrence and Code x attribute matrix,
 * each opened once in a tab beside the transcript and counted when opened. A click on a bar or a
 * cell hands a {@link RetrievalRequest} to {@code open}.
 */
public final class AnalysisViews {
    /** Where views open: {@code show(id, title, content)} selects or adds a tab (the workbench's centre tabs). */
    @FunctionalInterface
    public interface Tabs {
        Tab show(String id, String title, java.util.function.Supplier<Node> content);
    }

    private final Project project;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Consumer<RetrievalRequest> open;
    private final Tabs tabs;
    private FrequenciesView frequencies;
    private CooccurrenceView cooccurrence;
    private MatrixView matrix;
    private FrequenciesViewModel frequenciesModel;
    private CooccurrenceViewModel cooccurrenceModel;
    private MatrixViewModel matrixModel;

    public AnalysisViews(Project project, Jobs jobs, Dialogs dialogs, Consumer<RetrievalRequest> open, Tabs tabs) {
        this.project = project;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.open = open;
        this.tabs = tabs;
    }

    /** The views made so far (null before first opened), for tests and screenshots. */
    public FrequenciesView frequenciesShown() {
        return frequencies;
    }

    public CooccurrenceView cooccurrenceShown() {
        return cooccurrence;
    }

    public MatrixView matrixShown() {
        return matrix;
    }

    /** A request in words, for a status line: "Segments of A AND B (with sub-codes); coders: anna". */
    public static String describe(RetrievalRequest r) {
        String codes = String.join(
                switch (r.combine()) {
                    case ALL -> " AND ";
                    case SAME_UNIT -> " IN ONE UNIT WITH ";
                    case ANY -> " OR ";
                },
                r.codePaths());
        return "Segments of " + codes + (r.withSubcodes() ? " (with sub-codes)" : "") + "; "
                + r.selection().describe();
    }

    /** Adds the three entries to the Analysis menu. */
    public void addTo(Menu analysis) {
        MenuItem f = new MenuItem("Frequencies");
        f.setId("menu-frequencies");
        f.setOnAction(e -> frequencies());
        MenuItem c = new MenuItem("Co-occurrence");
        c.setOnAction(e -> cooccurrence());
        MenuItem m = new MenuItem("Code × attribute matrix");
        m.setOnAction(e -> matrix());
        analysis.getItems().addAll(f, c, m);
    }

    public FrequenciesView frequencies() {
        tabs.show("frequencies-tab", "Frequencies", () -> {
            frequenciesModel = new FrequenciesViewModel(project, jobs, dialogs, open);
            frequencies = new FrequenciesView(frequenciesModel);
            return frequencies.node();
        });
        // opened now, or asked for again: count what the project holds now
        frequenciesModel.refresh();
        return frequencies;
    }

    public CooccurrenceView cooccurrence() {
        tabs.show("cooccurrence-tab", "Co-occurrence", () -> {
            cooccurrenceModel = new CooccurrenceViewModel(project, jobs, dialogs, open);
            cooccurrence = new CooccurrenceView(cooccurrenceModel);
            return cooccurrence.node();
        });
        // opened now, or asked for again: count what the project holds now
        cooccurrenceModel.refresh();
        return cooccurrence;
    }

    public MatrixView matrix() {
        tabs.show("matrix-tab", "Matrix", () -> {
            matrixModel = new MatrixViewModel(project, jobs, dialogs, open);
            matrix = new MatrixView(matrixModel);
            return matrix.node();
        });
        // opened now, or asked for again: count what the project holds now
        matrixModel.refresh();
        return matrix;
    }
}
