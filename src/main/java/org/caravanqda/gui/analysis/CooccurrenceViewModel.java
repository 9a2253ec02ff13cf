package org.caravanqda.gui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caravanqda.analysis.CooccurrenceTable;
import org.caravanqda.analysis.PresenceTable;
import org.caravanqda.app.Project;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.tables.Figures;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.model.CodePath;

/**
 * Co-occurrence: code x code, the units (turns, paragraphs) where both occur, as
 * {@code caravan table cooccurrence} counts them; the diagonal is the units with the code. Shown as
 * counts, as the share of documents with both codes, or as row or column percentages (of the units
 * of the row's or the column's code: "of the turns coded A, how many are coded B too"). A code with
 * itself or with its own parent is muted: it says nothing and would swamp the colour scale.
 */
public final class CooccurrenceViewModel extends AnalysisViewModel {
    private final ObjectProperty<Display> display = new SimpleObjectProperty<>(Display.COUNTS);
    private final ObjectProperty<HeatMap> heatMap = new SimpleObjectProperty<>(HeatMap.empty("Co-occurrence"));
    private List<String> codes = List.of();

    public CooccurrenceViewModel(Project project, Jobs jobs, Dialogs dialogs, Consumer<RetrievalRequest> open) {
        super(project, jobs, dialogs, open);
        display.addListener((o, a, b) -> update());
    }

    @Override
    protected void update() {
        Figures f = figuresProperty().get();
        if (f == null) {
            return;
        }
        CooccurrenceTable t = f.cooccurrence();
        int n = t.codes().size();
        int[][] both = documentsWithBoth(t.codes(), f.presence());
        double[][] values = new double[n][n];
        boolean[][] muted = new boolean[n][n];
        Display d = display.get();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int units = t.units()[a][b];
                values[a][b] = switch (d) {
                    case COUNTS -> units;
                    case PERCENT_OF_DOCUMENTS -> FrequenciesViewModel.percent(both[a][b], f.documentCount());
                    case ROW_PERCENT -> FrequenciesViewModel.percent(units, t.units()[a][a]);
                    case COLUMN_PERCENT -> FrequenciesViewModel.percent(units, t.units()[b][b]);
                };
                muted[a][b] = a == b || related(t.codes().get(a), t.codes().get(b));
            }
        }
        codes = t.codes().stream().map(CodePath::toString).toList();
        List<String> header = new ArrayList<>(List.of("code"));
        header.addAll(codes);
        List<List<Object>> rows = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            List<Object> row = new ArrayList<>(List.of(codes.get(a)));
            for (int b = 0; b < n; b++) {
                row.add(d.percent() ? (Object) values[a][b] : (Object) (int) values[a][b]);
            }
            rows.add(row);
        }
        gridProperty().set(new Grid(header, rows));
        heatMap.set(new HeatMap("Co-occurrence", codes, codes, values, muted, d.percent(), legend(d), true));
    }

    private static String legend(Display d) {
        return switch (d) {
            case COUNTS -> "Units (turns, paragraphs) with both codes";
            case PERCENT_OF_DOCUMENTS -> "% of documents with both codes";
            case ROW_PERCENT -> "% of the row code's units that have the column code";
            case COLUMN_PERCENT -> "% of the column code's units that have the row code";
        };
    }

    /** Documents in which both codes (or their sub-codes) occur, from the presence table. */
    private static int[][] documentsWithBoth(List<CodePath> codes, PresenceTable presence) {
        Map<CodePath, Integer> column = new HashMap<>();
        for (int i = 0; i < presence.codes().size(); i++) {
            column.put(presence.codes().get(i), i);
        }
        int n = codes.size();
        int[][] both = new int[n][n];
        int[] at = codes.stream().mapToInt(c -> column.getOrDefault(c, -1)).toArray();
        for (boolean[] doc : presence.present()) {
            for (int a = 0; a < n; a++) {
                if (at[a] < 0 || !doc[at[a]]) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    if (at[b] >= 0 && doc[at[b]]) {
                        both[a][b]++;
                    }
                }
            }
        }
        return both;
    }

    static boolean related(CodePath a, CodePath b) {
        List<String> x = a.names();
        List<String> y = b.names();
        return x.size() < y.size()
                ? y.subList(0, x.size()).equals(x)
                : x.subList(0, y.size()).equals(y);
    }

    /**
     * A cell: the passages where segments of both codes overlap (sub-codes included); on the
     * diagonal, the code's segments.
     */
    public void open(int row, int column) {
        if (row < 0 || column < 0 || row >= codes.size() || column >= codes.size()) {
            return;
        }
        if (row == column) {
            retrieve(List.of(codes.get(row)), RetrievalRequest.Combine.ANY, null);
        } else {
            retrieve(List.of(codes.get(row), codes.get(column)), RetrievalRequest.Combine.SAME_UNIT, null);
        }
    }

    @Override
    protected Object chartForSvg() {
        return heatMap.get();
    }

    @Override
    protected String fileStem() {
        return "cooccurrence";
    }

    public ObjectProperty<Display> displayProperty() {
        return display;
    }

    public ObjectProperty<HeatMap> heatMapProperty() {
        return heatMap;
    }
}
