package org.caravanqda.gui.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.caravanqda.app.documents.DocumentListing;

/** The documents list: all documents, a filter over names and attribute values, grouping by an attribute, the selection. */
public final class DocumentsViewModel {
    private final ObservableList<DocumentListing> all = FXCollections.observableArrayList();
    private final FilteredList<DocumentListing> filtered = new FilteredList<>(all);
    private final SortedList<DocumentListing> shown = new SortedList<>(filtered);
    private final ObservableList<String> attributeNames = FXCollections.observableArrayList();
    private final StringProperty groupBy = new SimpleStringProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<DocumentListing> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<java.util.function.UnaryOperator<String>> display =
            new SimpleObjectProperty<>(java.util.function.UnaryOperator.identity());

    public DocumentsViewModel() {
        filter.addListener((o, a, b) -> filtered.setPredicate(d -> matches(d, b)));
        groupBy.addListener((o, a, b) -> shown.setComparator(
                b == null
                        ? null
                        : Comparator.comparing((DocumentListing d) -> groupOf(d))
                                .thenComparing(DocumentListing::name)));
    }

    /** The value of the grouping attribute for this document ("—" when it has none), or null when not grouping. */
    public String groupOf(DocumentListing d) {
        if (groupBy.get() == null) {
            return null;
        }
        Object v = d.attributes().get(groupBy.get());
        return v == null ? "—" : shown(String.valueOf(v));
    }

    static boolean matches(DocumentListing d, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return d.name().toLowerCase(Locale.ROOT).contains(f)
                || d.language().equals(f)
                || d.attributes().values().stream()
                        .anyMatch(
                                v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(f))
                || d.speakers().stream()
                        .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(f));
    }

    void replace(List<DocumentListing> documents) {
        String keep = selected.get() == null ? null : selected.get().name();
        all.setAll(documents);
        attributeNames.setAll(documents.stream()
                .flatMap(d -> d.attributes().keySet().stream())
                .distinct()
                .sorted()
                .toList());
        // the new listing carries fresh counts: select the same document by name
        selected.set(
                keep == null
                        ? null
                        : documents.stream()
                                .filter(d -> d.name().equals(keep))
                                .findFirst()
                                .orElse(null));
    }

    public ObservableList<DocumentListing> shown() {
        return shown;
    }

    public ObservableList<String> attributeNames() {
        return attributeNames;
    }

    /** An attribute to group the list by (null: no grouping, by name). */
    public StringProperty groupByProperty() {
        return groupBy;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** How names and values are shown: as stored, or with the pseudonyms applied ("Show pseudonyms"). */
    public ObjectProperty<java.util.function.UnaryOperator<String>> displayProperty() {
        return display;
    }

    public String shown(String nameOrValue) {
        return display.get().apply(nameOrValue);
    }

    public ObjectProperty<DocumentListing> selectedProperty() {
        return selected;
    }
}
