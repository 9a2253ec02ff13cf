package org.caravanqda.gui.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.tables.Figures;
import org.caravanqda.app.tables.TableChoices;
import org.caravanqda.app.tables.TableService;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.Jobs;

/**
 * What the frequencies, co-occurrence and matrix views share: the filters, the figures computed
 * for them on the job thread (by {@link TableService}, as {@code caravan table} counts), the
 * selection they were computed for (what a click asks the retrieval view for), progress, and
 * messages. A filter the researcher typed wrong (a query the parser rejects) is shown as a message,
 * not as a failure; a newer computation supersedes an older one, which is cancelled.
 */
public abstract class AnalysisViewModel {
    private final Project project;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Consumer<RetrievalRequest> open;
    private final AnalysisFilters filters = new AnalysisFilters();
    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final ObjectProperty<Grid> grid = new SimpleObjectProperty<>(Grid.empty());
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private Selection selection = Selection.all();
    private Cancellation running;
    private int generation;

    protected AnalysisViewModel(Project project, Jobs jobs, Dialogs dialogs, Consumer<RetrievalRequest> open) {
        this.project = project;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.open = open;
        figures.addListener((o, a, b) -> update());
    }

    /** The attribute of a matrix, null for tables without one. */
    protected String attribute() {
        return null;
    }

    /** Recomputes the grid and the chart from {@link #figuresProperty()} and the display choices. */
    protected abstract void update();

    /** Computes the figures for the filters as they are now; the previous computation, if running, is cancelled. */
    public void refresh() {
        if (running != null) {
            running.cancel();
        }
        AnalysisFilters.Snapshot f = filters.snapshot();
        String attribute = attribute();
        int mine = ++generation;
        error.set("");
        busy.set(true);
        progress.set(-1);
        running = jobs.submit(
                (p, cancel) -> {
                    TableChoices choices = project.tables().choices(TableService.DEFAULT_BINS);
                    Selection s;
                    try {
                        s = f.selection(project.search(), choices);
                    } catch (CaravanException e) {
                        return new Result(choices, null, null, e.getMessage());
                    }
                    String by = attribute != null && choices.matrix().containsKey(attribute) ? attribute : null;
                    return new Result(
                            choices, s, project.tables().figures(s, by, TableService.DEFAULT_BINS, p, cancel), null);
                },
                r -> {
                    if (mine != generation) {
                        return;
                    }
                    busy.set(false);
                    running = null;
                    filters.choicesProperty().set(r.choices());
                    chosen(r.choices());
                    if (mine != generation) {
                        return; // the choices made it compute again
                    }
                    if (r.problem() != null) {
                        error.set(r.problem());
                        return;
                    }
                    selection = r.selection();
                    summary.set(summary(f, r.figures()));
                    figures.set(r.figures());
                },
                e -> {
                    if (mine != generation) {
                        return;
                    }
                    busy.set(false);
                    running = null;
                    if (e instanceof CaravanException) {
                        error.set(e.getMessage());
                    } else {
                        dialogs.showError("Tables", e);
                    }
                },
                r -> {
                    if (mine == generation) {
                        progress.set(r.fraction());
                    }
                });
    }

    private record Result(TableChoices choices, Selection selection, Figures figures, String problem) {}

    /** Called with the choices read by each computation (e.g. the matrix picks its attribute). */
    protected void chosen(TableChoices choices) {}

    private static String summary(AnalysisFilters.Snapshot f, Figures figures) {
        int docs = figures.documentCount();
        return String.format(
                "%,d document%s, %,d codings; %s",
                docs, docs == 1 ? "" : "s", figures.frequencies().total().codings(), f.describe());
    }

    /** Stops the computation running, if any. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Asks the retrieval view for segments; {@code selection} null means the shown figures' selection. */
    protected void retrieve(List<String> codes, RetrievalRequest.Combine combine, Selection narrowed) {
        open.accept(new RetrievalRequest(codes, combine, true, narrowed == null ? selection : narrowed));
    }

    /** The table as tab-separated text for the clipboard (pastes into Excel as cells). */
    public String tsv() {
        return grid.get().tsv(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Something that writes the chart to a file (the view's snapshot, or SVG drawn from the data). */
    @FunctionalInterface
    public interface ChartWriter {
        void write(Path file) throws IOException;
    }

    /** "Save as PNG…": asks where, then writes the view's picture of the chart. */
    public void savePng(ChartWriter snapshot) {
        save("PNG image", "*.png", ".png", snapshot);
    }

    /** "Save as SVG…": asks where, then draws the chart as SVG (vector: it scales for print). */
    public void saveSvg() {
        save("SVG image", "*.svg", ".svg", file -> ChartSvg.write(chartForSvg(), file));
    }

    /** The chart data the SVG is drawn from: {@link Bars} or {@link HeatMap}. */
    protected abstract Object chartForSvg();

    /** A file name for the chart, e.g. "frequencies". */
    protected abstract String fileStem();

    private void save(String kind, String pattern, String extension, ChartWriter writer) {
        dialogs.saveFile("Save chart as " + kind, fileStem() + extension, new Dialogs.FileType(kind, pattern))
                .ifPresent(file -> {
                    Path target = file.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(extension)
                            ? file
                            : file.resolveSibling(file.getFileName() + extension);
                    try {
                        writer.write(target);
                        summary.set("Saved " + target);
                    } catch (IOException | RuntimeException e) {
                        dialogs.showError(
                                "Save chart",
                                new CaravanException("could not write " + target + ": " + e.getMessage(), e));
                    }
                });
    }

    protected Project project() {
        return project;
    }

    public AnalysisFilters filters() {
        return filters;
    }

    public ObjectProperty<Figures> figuresProperty() {
        return figures;
    }

    /** The table shown (and copied). */
    public ObjectProperty<Grid> gridProperty() {
        return grid;
    }

    /** The selection the shown figures were computed for. */
    public Selection selection() {
        return selection;
    }

    /** A filter problem (a query the parser rejects, no document left), shown in red; empty when none. */
    public StringProperty errorProperty() {
        return error;
    }

    /** What is shown: documents, codings and filters, or where a chart was saved. */
    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The running computation's progress, 0..1, or negative when unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
