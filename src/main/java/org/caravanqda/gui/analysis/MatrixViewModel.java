package org.caravanqda.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.analysis.MatrixTable;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.tables.Figures;
import org.caravanqda.app.tables.TableChoices;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.model.CodePath;

/**
 * Code x attribute: per code and value of the chosen attribute (numbers binned as
 * {@code caravan table matrix} bins them) the documents with the code, or its codings. Shown as
 * counts, as the share of the value's documents that have the code, or as row or column
 * percentages. A cell opens the code's segments in the documents with that value.
 */
public final class MatrixViewModel extends AnalysisViewModel {
    /** What the cells count. */
    public enum Measure {
        DOCUMENTS("Documents with the code"),
        CODINGS("Codings");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final StringProperty by = new SimpleStringProperty();
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.DOCUMENTS);
    private final ObjectProperty<Display> display = new SimpleObjectProperty<>(Display.COUNTS);
    private final ObjectProperty<HeatMap> heatMap = new SimpleObjectProperty<>(HeatMap.empty("Matrix"));
    private List<String> codes = List.of();

    public MatrixViewModel(Project project, Jobs jobs, Dialogs dialogs, Consumer<RetrievalRequest> open) {
        super(project, jobs, dialogs, open);
        measure.addListener((o, a, b) -> update());
        display.addListener((o, a, b) -> update());
    }

    @Override
    protected String attribute() {
        return by.get();
    }

    /** Offers the attributes worth a matrix; without a choice yet, takes the first and computes again. */
    @Override
    protected void chosen(TableChoices choices) {
        if (!attributes.equals(List.copyOf(choices.matrix().keySet()))) {
            attributes.setAll(choices.matrix().keySet());
        }
        if ((by.get() == null || !choices.matrix().containsKey(by.get())) && !attributes.isEmpty()) {
            by.set(attributes.get(0));
            refresh();
        } else if (attributes.isEmpty()) {
            errorProperty()
                    .set("The project has no attribute to make a matrix by (import participant attributes first)");
        }
    }

    @Override
    protected void update() {
        Figures f = figuresProperty().get();
        if (f == null || f.matrix() == null) {
            return;
        }
        MatrixTable t = f.matrix();
        int rows = t.codes().size();
        int columns = t.values().size();
        boolean docs = measure.get() == Measure.DOCUMENTS;
        int[][] x = docs ? t.documents() : t.codings();
        int[] rowTotal = new int[rows];
        int[] columnTotal = new int[columns];
        for (int c = 0; c < rows; c++) {
            for (int v = 0; v < columns; v++) {
                rowTotal[c] += x[c][v];
                // parents count their sub-codes: a column's codings are those of the top-level codes
                if (!docs && t.codes().get(c).depth() == 1) {
                    columnTotal[v] += x[c][v];
                }
            }
        }
        if (docs) {
            columnTotal = t.documentsPerValue().clone();
        }
        Display d = display.get();
        double[][] values = new double[rows][columns];
        for (int c = 0; c < rows; c++) {
            for (int v = 0; v < columns; v++) {
                values[c][v] = switch (d) {
                    case COUNTS -> x[c][v];
                    case PERCENT_OF_DOCUMENTS ->
                        FrequenciesViewModel.percent(t.documents()[c][v], t.documentsPerValue()[v]);
                    case ROW_PERCENT -> FrequenciesViewModel.percent(x[c][v], rowTotal[c]);
                    case COLUMN_PERCENT -> FrequenciesViewModel.percent(x[c][v], columnTotal[v]);
                };
            }
        }
        codes = t.codes().stream().map(CodePath::toString).toList();
        List<String> columnLabels = new ArrayList<>();
        for (int v = 0; v < columns; v++) {
            columnLabels.add(t.values().get(v) + " (n=" + t.documentsPerValue()[v] + ")");
        }
        List<String> header = new ArrayList<>(List.of("code"));
        header.addAll(columnLabels);
        List<List<Object>> grid = new ArrayList<>();
        for (int c = 0; c < rows; c++) {
            List<Object> row = new ArrayList<>(List.of(codes.get(c)));
            for (int v = 0; v < columns; v++) {
                row.add(d.percent() ? (Object) values[c][v] : (Object) (int) values[c][v]);
            }
            grid.add(row);
        }
        gridProperty().set(new Grid(header, grid));
        heatMap.set(new HeatMap(
                "Matrix: code × " + t.attribute(),
                codes,
                columnLabels,
                values,
                new boolean[rows][columns],
                d.percent(),
                legend(d, docs, t.attribute()),
                false));
    }

    private static String legend(Display d, boolean docs, String attribute) {
        String what = docs ? "documents with the code" : "codings";
        return switch (d) {
            case COUNTS -> docs ? "Documents with the code" : "Codings (with sub-codes)";
            case PERCENT_OF_DOCUMENTS -> "% of the documents with this " + attribute + " that have the code";
            case ROW_PERCENT -> "Row %: the code's " + what + " by " + attribute;
            case COLUMN_PERCENT -> "Column %: of the " + what + " with this " + attribute;
        };
    }

    /** A cell: the code's segments (sub-codes included) in the documents with that value, under the filters. */
    public void open(int row, int column) {
        Figures f = figuresProperty().get();
        if (f == null
                || row < 0
                || row >= codes.size()
                || column < 0
                || column >= f.documentsPerValue().size()) {
            return;
        }
        List<String> documents = f.documentsPerValue().get(column);
        if (documents.isEmpty()) {
            return;
        }
        Selection s = selection();
        retrieve(
                List.of(codes.get(row)),
                RetrievalRequest.Combine.ANY,
                new Selection(s.coders(), documents, s.segments(), s.segmentsLabel()));
    }

    @Override
    protected Object chartForSvg() {
        return heatMap.get();
    }

    @Override
    protected String fileStem() {
        return "matrix-" + (by.get() == null ? "attribute" : by.get().replaceAll("[^\\p{L}\\p{N}_-]+", "_"));
    }

    /** The attribute of the columns. */
    public StringProperty byProperty() {
        return by;
    }

    /** The attributes worth a matrix (yes/no, numbers, text with a few repeated values). */
    public ObservableList<String> attributes() {
        return attributes;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<Display> displayProperty() {
        return display;
    }

    public ObjectProperty<HeatMap> heatMapProperty() {
        return heatMap;
    }
}
