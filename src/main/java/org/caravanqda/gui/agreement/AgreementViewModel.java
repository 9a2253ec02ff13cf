package org.caravanqda.gui.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementReport;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.agreement.CodeDisagreement;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.gui.coding.ReplaceCodings;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.Coder;

/**
 * Inter-coder agreement in the window: the coders, unit and codes chosen, the figures per code and
 * overall as {@code caravan agreement} computes them (the app's AgreementService, on the job
 * thread), a code's disagreements, and their resolution (keep one coder's version, or merge) as
 * one undoable step on the workbench's undo stack. When the codings change (a resolution, an undo,
 * coding in the transcript) the figures are computed again for the same choices.
 */
public final class AgreementViewModel {
    /** One line of the table; {@code percent} is 0..100; a null figure is undefined (see notes). */
    public record Row(
            String code,
            long units,
            Double percent,
            Double cohenKappa,
            Double brennanPrediger,
            Double krippendorffAlpha,
            String notes,
            boolean overall) {
        static Row of(String code, AgreementReport.Figures f, boolean overall) {
            return new Row(
                    code,
                    f.units(),
                    f.agreement() == null ? null : 100 * f.agreement(),
                    f.cohenKappa(),
                    f.brennanPredigerKappa(),
                    f.krippendorffAlpha(),
                    String.join("; ", f.notes()),
                    overall);
        }
    }

    /** One coder's side of the compare pane: the coder, the coder's colour and codings in the passage. */
    public record Side(String coder, String color, List<CodingView> codings) {}

    public static final String OVERALL = "(overall)";

    private final Project project;
    private final Jobs jobs;
    private final WorkbenchViewModel workbench;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final Map<String, String> colors = new LinkedHashMap<>();
    private final ObservableList<String> chosenCoders = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementUnit> unit = new SimpleObjectProperty<>(AgreementUnit.CHARACTER);
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObservableList<String> chosenCodes = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty selectedCode = new SimpleStringProperty();
    private final ObservableList<CodeDisagreement> disagreements = FXCollections.observableArrayList();
    private final ObjectProperty<CodeDisagreement> selected = new SimpleObjectProperty<>();
    private final ObservableList<Side> sides = FXCollections.observableArrayList();
    private final ObservableList<Resolution> resolutions = FXCollections.observableArrayList();
    private AgreementRequest shown;
    private final ListChangeListener<Object> codingsChanged = c -> recompute();

    public AgreementViewModel(Project project, Jobs jobs, WorkbenchViewModel workbench) {
        this.project = project;
        this.jobs = jobs;
        this.workbench = workbench;
        selected.addListener((o, a, d) -> showDisagreement(d));
        workbench.codebook().nodes().addListener(codingsChanged);
    }

    /** Stops following the codings (the view was closed). */
    public void dispose() {
        workbench.codebook().nodes().removeListener(codingsChanged);
    }

    /** Reads the coders and codes; the first two coders are chosen. */
    public void load() {
        jobs.submit(
                (p, c) -> project.agreement().coders(),
                list -> {
                    colors.clear();
                    list.forEach(x -> colors.put(x.name(), x.color()));
                    List<String> names = list.stream().map(Coder::name).toList();
                    if (chosenCoders.isEmpty()) {
                        chosenCoders.setAll(names.subList(0, Math.min(2, names.size())));
                    }
                    coders.setAll(names);
                    codes.setAll(workbench.codebook().nodes().stream()
                            .map(n -> n.path())
                            .toList());
                    if (coders.size() < 2) {
                        message.set(
                                "Agreement needs codings by at least two coders; this project has " + coders.size());
                    }
                },
                this::failed);
    }

    /** "Compute": the figures for the coders, unit and codes chosen (all codes the coders applied when none is). */
    public void compute() {
        if (chosenCoders.size() < 2) {
            message.set("Choose at least two coders");
            return;
        }
        List<String> order = coders.stream().filter(chosenCoders::contains).toList();
        shown = new AgreementRequest(order, unit.get(), List.copyOf(chosenCodes), List.of(), null, false);
        recompute();
    }

    /** The same choices again (after the codings changed). */
    void recompute() {
        AgreementRequest request = shown;
        if (request == null) {
            return;
        }
        String code = selectedCode.get();
        running.set(true);
        message.set("Computing agreement…");
        jobs.submit(
                (p, c) -> {
                    AgreementReport r = project.agreement().compare(request);
                    boolean listed = code != null
                            && r.codes().stream().anyMatch(x -> x.code().equals(code));
                    return new Computed(r, listed ? project.agreement().disagreements(request, code) : null);
                },
                done -> {
                    running.set(false);
                    if (request != shown) {
                        return;
                    }
                    List<Row> out = new ArrayList<>();
                    done.report().codes().forEach(x -> out.add(Row.of(x.code(), x.result(), false)));
                    out.add(Row.of(OVERALL, done.report().overall(), true));
                    rows.setAll(out);
                    notes.set(String.join("\n", done.report().notes()));
                    message.set(String.format(
                            "%s; unit: %s; %d documents",
                            String.join(", ", request.coders()),
                            request.unit().label(),
                            done.report().documents().size()));
                    if (done.disagreements() == null) {
                        selectedCode.set(null);
                        listDisagreements(List.of());
                    } else {
                        listDisagreements(done.disagreements());
                    }
                },
                e -> {
                    running.set(false);
                    failed(e);
                });
    }

    private record Computed(AgreementReport report, List<CodeDisagreement> disagreements) {}

    /** A row clicked: its code's disagreements are listed (none for the overall row). */
    public void selectCode(String code) {
        AgreementRequest request = shown;
        if (code == null || code.equals(OVERALL) || request == null) {
            selectedCode.set(null);
            listDisagreements(List.of());
            return;
        }
        if (code.equals(selectedCode.get()) && !disagreements.isEmpty()) {
            return;
        }
        selectedCode.set(code);
        running.set(true);
        jobs.submit(
                (p, c) -> project.agreement().disagreements(request, code),
                list -> {
                    running.set(false);
                    if (code.equals(selectedCode.get())) {
                        listDisagreements(list);
                    }
                },
                e -> {
                    running.set(false);
                    failed(e);
                });
    }

    private void listDisagreements(List<CodeDisagreement> list) {
        CodeDisagreement before = selected.get();
        disagreements.setAll(list);
        selected.set(
                before == null
                        ? null
                        : list.stream()
                                .filter(d -> d.document().equals(before.document()) && d.start() == before.start())
                                .findFirst()
                                .orElse(null));
    }

    private void showDisagreement(CodeDisagreement d) {
        if (d == null || shown == null) {
            sides.clear();
            resolutions.clear();
            return;
        }
        List<String> present = Resolution.present(d, shown.coders());
        sides.setAll(present.stream()
                .map(c -> new Side(
                        c,
                        colors.getOrDefault(c, "#888888"),
                        d.codings().stream().filter(x -> x.coder().equals(c)).toList()))
                .toList());
        List<Resolution> options = new ArrayList<>();
        present.forEach(c -> options.add(Resolution.keep(d, c, shown.coders())));
        options.add(Resolution.merge(d, shown.coders()));
        resolutions.setAll(options);
    }

    /** "Open": the transcript opens the document with the disagreeing passage selected. */
    public void open(CodeDisagreement d) {
        if (d != null) {
            workbench.openDocumentAt(d.document(), d.start(), d.end());
        }
    }

    /**
     * Resolves the selected disagreement one way: one step on the workbench's undo stack (Ctrl+Z
     * takes it back); the figures are then computed again.
     */
    public void resolve(Resolution r) {
        CodeDisagreement d = selected.get();
        if (d == null || r == null) {
            return;
        }
        if (!r.changes()) {
            message.set("Nothing to change: the coders already agree there");
            return;
        }
        String label = r.label().toLowerCase(java.util.Locale.ROOT) + " in " + d.document();
        workbench
                .coding()
                .perform(
                        new ReplaceCodings(
                                label,
                                r.remove(),
                                r.add(),
                                workbench.coderProperty().get(),
                                workbench.coding().codingIds()),
                        "Resolved: " + label,
                        () -> {});
    }

    private void failed(Throwable e) {
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    public ObservableList<String> coders() {
        return coders;
    }

    /** The colour of a coder (the project's), for the compare pane. */
    public String color(String coder) {
        return colors.getOrDefault(coder, "#888888");
    }

    public ObservableList<String> chosenCoders() {
        return chosenCoders;
    }

    public ObjectProperty<AgreementUnit> unitProperty() {
        return unit;
    }

    public ObservableList<String> codes() {
        return codes;
    }

    public ObservableList<String> chosenCodes() {
        return chosenCodes;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty selectedCodeProperty() {
        return selectedCode;
    }

    public ObservableList<CodeDisagreement> disagreements() {
        return disagreements;
    }

    public ObjectProperty<CodeDisagreement> selectedProperty() {
        return selected;
    }

    public ObservableList<Side> sides() {
        return sides;
    }

    public ObservableList<Resolution> resolutions() {
        return resolutions;
    }

    /** The request behind the figures shown, or null before the first computation. */
    public AgreementRequest shownRequest() {
        return shown;
    }
}
