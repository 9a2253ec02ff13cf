package org.caravanqda.gui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.caravanqda.app.DocumentListing;

/** The documents list: all documents, a filter over names and attribute values, the selection. */
public final class DocumentsViewModel {
    private final ObservableList<DocumentListing> all = FXCollections.observableArrayList();
    private final FilteredList<DocumentListing> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<DocumentListing> selected = new SimpleObjectProperty<>();

    public DocumentsViewModel() {
        filter.addListener((o, a, b) -> shown.setPredicate(d -> matches(d, b)));
    }

    static boolean matches(DocumentListing d, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return d.name().toLowerCase(Locale.ROOT).contains(f) || d.language().equals(f)
                || d.attributes().values().stream().anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(f))
                || d.speakers().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(f));
    }

    void replace(List<DocumentListing> documents) {
        String keep = selected.get() == null ? null : selected.get().name();
        all.setAll(documents);
        // the new listing carries fresh counts: select the same document by name
        selected.set(keep == null ? null : documents.stream().filter(d -> d.name().equals(keep)).findFirst().orElse(null));
    }

    public ObservableList<DocumentListing> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<DocumentListing> selectedProperty() {
        return selected;
    }
}
