package org.caravanqda.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.caravanqda.analysis.FrequencyTable;
import org.caravanqda.app.Project;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.tables.Figures;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;

/**
 * Frequencies: per code (with its sub-codes) its codings, coded words and documents, as
 * {@code caravan table frequencies} counts them, and a bar per code of codings or of documents.
 * A bar or a row opens the code's segments (with sub-codes) under the same filters.
 */
public final class FrequenciesViewModel extends AnalysisViewModel {
    /** What the bars measure. */
    public enum Measure {
        CODINGS("Codings"),
        DOCUMENTS("Documents");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.CODINGS);
    private final BooleanProperty hideUnused = new SimpleBooleanProperty(true);
    private final ObjectProperty<Bars> bars = new SimpleObjectProperty<>(new Bars("", "", List.of()));

    public FrequenciesViewModel(Project project, Jobs jobs, Dialogs dialogs, Consumer<RetrievalRequest> open) {
        super(project, jobs, dialogs, open);
        measure.addListener((o, a, b) -> update());
        hideUnused.addListener((o, a, b) -> update());
    }

    @Override
    protected void update() {
        Figures f = figuresProperty().get();
        if (f == null) {
            return;
        }
        FrequencyTable t = f.frequencies();
        int documents = f.documentCount();
        List<List<Object>> rows = new ArrayList<>();
        List<Bars.Bar> bars = new ArrayList<>();
        for (FrequencyTable.Row r : t.rows()) {
            if (hideUnused.get() && r.codings() == 0) {
                continue;
            }
            String code = r.path().toString();
            rows.add(List.of(
                    code, r.codings(), r.words(), r.documentsWithCode(), percent(r.documentsWithCode(), documents)));
            bars.add(new Bars.Bar(
                    code,
                    measure.get() == Measure.CODINGS ? r.codings() : r.documentsWithCode(),
                    f.colors().get(code)));
        }
        FrequencyTable.Row total = t.total();
        rows.add(List.of(
                "(all codings)",
                total.codings(),
                total.words(),
                total.documentsWithCode(),
                percent(total.documentsWithCode(), documents)));
        gridProperty().set(new Grid(List.of("code", "codings", "coded words", "documents", "% of documents"), rows));
        this.bars.set(new Bars(
                "Frequencies",
                measure.get() == Measure.CODINGS
                        ? "Codings (with sub-codes)"
                        : "Documents with the code (of " + documents + ")",
                bars));
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** A bar or a row: the code's segments, sub-codes included, under the figures' filters. */
    public void open(String codePath) {
        if (codePath == null || codePath.startsWith("(")) {
            return;
        }
        retrieve(List.of(codePath), RetrievalRequest.Combine.ANY, null);
    }

    @Override
    protected Object chartForSvg() {
        return bars.get();
    }

    @Override
    protected String fileStem() {
        return "frequencies";
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** Leave out codes with no coding in the selection (on by default: the chart shows what occurs). */
    public BooleanProperty hideUnusedProperty() {
        return hideUnused;
    }

    public ObjectProperty<Bars> barsProperty() {
        return bars;
    }
}
