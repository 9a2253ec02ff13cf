package org.caravanqda.gui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.app.cases.CaseService;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.workbench.WorkbenchViewModel;

/**
 * Cases in the window: a participant (or family, site) across documents. Make, rename and
 * delete one, tick its documents, or load many from a CSV (case,document[,attribute...]); every
 * change is one transaction and {@code case:} queries see it at once.
 */
public final class CasesViewModel {
    private final WorkbenchViewModel vm;
    private final ObservableList<CaseService.CaseListing> cases = FXCollections.observableArrayList();
    private final ObservableList<String> documents = FXCollections.observableArrayList();
    private final ObjectProperty<CaseService.CaseListing> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public CasesViewModel(WorkbenchViewModel vm) {
        this.vm = vm;
        vm.revisionProperty().addListener((o, a, b) -> load());
    }

    private record Read(List<CaseService.CaseListing> cases, List<String> documents) {}

    /** Reads the cases and the document names on the job thread; the selection follows its case by name. */
    public void load() {
        vm.run(
                (p, c) -> new Read(
                        vm.project().cases().list(),
                        vm.project().documents().list().stream()
                                .map(DocumentListing::name)
                                .toList()),
                r -> {
                    String keep = selectAfterLoad != null
                            ? selectAfterLoad
                            : selected.get() == null ? null : selected.get().name();
                    selectAfterLoad = null;
                    documents.setAll(r.documents());
                    cases.setAll(r.cases());
                    select(keep);
                },
                e -> message.set(e.getMessage()));
    }

    private void select(String name) {
        selected.set(
                cases.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null));
    }

    public ObservableList<CaseService.CaseListing> cases() {
        return cases;
    }

    /** Every document of the project, by name: the ones the selected case may hold. */
    public ObservableList<String> documents() {
        return documents;
    }

    public ObjectProperty<CaseService.CaseListing> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the selected case holds the document. */
    public boolean holds(String document) {
        return selected.get() != null && selected.get().documents().contains(document);
    }

    /** The selected case's attribute values, one line. */
    public String values() {
        CaseService.CaseListing c = selected.get();
        if (c == null || c.values().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        c.values().forEach((k, v) -> parts.add(k + ": " + AttributeValues.text(v)));
        return String.join(" · ", parts);
    }

    public void askCreate() {
        vm.dialogs()
                .askText("New case", "Name of the case (a participant, a family, a site):", "")
                .ifPresent(name -> {
                    String coder = vm.coderProperty().get();
                    change(
                            () -> vm.project().cases().create(name, List.of(), coder),
                            made -> "Made case " + made + ": tick its documents",
                            made -> made);
                });
    }

    public void askRename() {
        CaseService.CaseListing c = selected.get();
        if (c == null) {
            return;
        }
        vm.dialogs()
                .askText("Rename case", "New name for " + c.name() + ":", c.name())
                .ifPresent(to -> {
                    String coder = vm.coderProperty().get();
                    change(() -> vm.project().cases().rename(c.name(), to, coder), n -> "Renamed case to " + n, n -> n);
                });
    }

    public void askDelete() {
        CaseService.CaseListing c = selected.get();
        if (c == null) {
            return;
        }
        int n = c.documents().size();
        if (vm.dialogs()
                .confirm(
                        "Delete case",
                        String.format(
                                Locale.ROOT,
                                "Delete case %s?%n%nIts %s stay in the project; its own attribute values go.",
                                c.name(),
                                n == 1 ? "1 document" : n + " documents"))) {
            String coder = vm.coderProperty().get();
            change(() -> vm.project().cases().delete(c.name(), coder), k -> "Deleted case " + c.name(), k -> null);
        }
    }

    /** Ticks or unticks a document of the selected case. */
    public void setMember(String document, boolean member) {
        CaseService.CaseListing c = selected.get();
        if (c == null || member == c.documents().contains(document)) {
            return;
        }
        List<String> docs = new ArrayList<>(c.documents());
        if (member) {
            docs.add(document);
        } else {
            docs.remove(document);
        }
        String coder = vm.coderProperty().get();
        change(
                () -> vm.project().cases().assign(c.name(), docs, coder),
                d -> c.name() + ": " + d.size() + (d.size() == 1 ? " document" : " documents"),
                d -> c.name());
    }

    /** Asks for a CSV (case,document[,attribute...]) and loads it in one transaction. */
    public void askImport() {
        vm.dialogs()
                .chooseFile("Import cases", new Dialogs.FileType("Cases (case,document,…)", "*.csv"))
                .ifPresent(csv -> {
                    String coder = vm.coderProperty().get();
                    change(
                            () -> vm.project().cases().importCsv(csv, coder),
                            r -> r.cases() + " cases from " + csv.getFileName() + " (" + r.created() + " new), "
                                    + r.documents() + " documents, " + r.values() + " attribute values",
                            r -> selected.get() == null ? null : selected.get().name());
                });
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    /** One change on the job thread; the window reads the project again, then the message and selection are set. */
    private <T> void change(
            Step<T> step, java.util.function.Function<T, String> said, java.util.function.Function<T, String> select) {
        vm.run(
                (p, c) -> step.run(),
                r -> {
                    message.set(said.apply(r));
                    selectAfterLoad = select.apply(r);
                    vm.reload(); // the documents list, the index-backed views and this list read the project again
                },
                e -> message.set(e.getMessage()));
    }

    /** The case to select once the project has been read again after a change. */
    private String selectAfterLoad;
}
