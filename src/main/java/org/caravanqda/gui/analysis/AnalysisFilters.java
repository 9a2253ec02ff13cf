package org.caravanqda.gui.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.search.SearchService;
import org.caravanqda.app.tables.TableChoices;

/**
 * The filters of a table, as {@code caravan table} takes them: coders, documents, an attribute
 * value (the documents that have it) and a search query (the coded segments it finds). Empty
 * means all. What the lists offer comes with each computation ({@link #choicesProperty()}).
 */
public final class AnalysisFilters {
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> documents = FXCollections.observableArrayList();
    private final StringProperty attribute = new SimpleStringProperty();
    private final StringProperty value = new SimpleStringProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<TableChoices> choices = new SimpleObjectProperty<>();

    /** The filters as they were when a computation started (read on the job thread). */
    public record Snapshot(List<String> coders, List<String> documents, String attribute, String value, String query) {
        public Snapshot {
            coders = List.copyOf(coders);
            documents = List.copyOf(documents);
            query = query == null ? "" : query.strip();
        }

        /**
         * The selection these filters make: the attribute value becomes the documents with it
         * (within the chosen ones), the query the codings it finds. A query the parser rejects, or
         * filters no document passes, throw a {@link CaravanException} that says so.
         */
        public Selection selection(SearchService search, TableChoices choices) {
            List<String> docs = new ArrayList<>(documents);
            if (attribute != null && value != null) {
                List<String> with = choices.documentsWith(attribute, value);
                docs = docs.isEmpty()
                        ? new ArrayList<>(with)
                        : docs.stream().filter(with::contains).toList();
                if (docs.isEmpty()) {
                    throw new CaravanException("No document" + (documents.isEmpty() ? "" : " among those chosen")
                            + " has " + attribute + " = " + value);
                }
            }
            Selection base = Selection.of(new HashSet<>(coders), docs);
            if (query.isEmpty()) {
                return base;
            }
            Set<Long> ids = search.codingIds(query);
            return base.withSegments(c -> ids.contains(c.id()), "query: " + query);
        }

        /** For a status line: "coders: anna; documents: 2; age = 30-39; query: work". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (!coders.isEmpty()) {
                parts.add("coders: " + String.join(", ", coders));
            }
            if (!documents.isEmpty()) {
                parts.add(documents.size() == 1 ? "document: " + documents.get(0) : "documents: " + documents.size());
            }
            if (attribute != null && value != null) {
                parts.add(attribute + " = " + value);
            }
            if (!query.isEmpty()) {
                parts.add("query: " + query);
            }
            return parts.isEmpty() ? "all codings" : String.join("; ", parts);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(
                new ArrayList<>(new LinkedHashSet<>(coders)),
                new ArrayList<>(new LinkedHashSet<>(documents)),
                blankToNull(attribute.get()),
                blankToNull(value.get()),
                query.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Chosen coders (none: every coder). */
    public ObservableList<String> coders() {
        return coders;
    }

    /** Chosen documents by name (none: every document). */
    public ObservableList<String> documents() {
        return documents;
    }

    /** The attribute whose value filters documents; null or blank for none. */
    public StringProperty attributeProperty() {
        return attribute;
    }

    /** The value (or bin, as "30-39") of {@link #attributeProperty()} the documents must have. */
    public StringProperty valueProperty() {
        return value;
    }

    /** A search query in the Search tab's language; blank for none. */
    public StringProperty queryProperty() {
        return query;
    }

    /** What the filters can offer, read with each computation. */
    public ObjectProperty<TableChoices> choicesProperty() {
        return choices;
    }
}
