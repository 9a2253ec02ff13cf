package org.caravanqda.gui.workbench;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caravanqda.app.documents.DocumentListing;

/** Documents with a filter (name, language, speaker or attribute value); each shows words and coded counts. */
final class DocumentsPane {
    private static final String NO_GROUPING = "No grouping";
    private final VBox box = new VBox(6);
    private final ListView<DocumentListing> list;

    DocumentsPane(WorkbenchViewModel vm) {
        Label title = new Label("Documents");
        title.getStyleClass().add("pane-title");
        TextField filter = new TextField();
        filter.setPromptText("Filter: name, city, wave…");
        filter.textProperty().bindBidirectional(vm.documents().filterProperty());
        list = new ListView<>(vm.documents().shown());
        list.setId("documents");
        Label empty = new Label();
        empty.setWrapText(true);
        // an empty list after a filter is no empty project
        empty.textProperty()
                .bind(vm.documents()
                        .filterProperty()
                        .map(f -> f == null || f.isBlank()
                                ? "No documents yet: Import… adds transcripts."
                                : "No document matches \"" + f.strip() + "\"."));
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new DocumentCell(vm.documents()));
        vm.documents().displayProperty().addListener((o, a, b) -> list.refresh());
        ComboBox<String> group = new ComboBox<>();
        group.setPromptText("Group by attribute");
        group.setMaxWidth(Double.MAX_VALUE);
        group.getItems().add(NO_GROUPING);
        vm.documents().attributeNames().addListener((javafx.collections.ListChangeListener<String>) c -> {
            // new items clear the box's selection: the grouping the list keeps is shown again (after an import)
            String grouped = vm.documents().groupByProperty().get();
            group.getItems().setAll(NO_GROUPING);
            group.getItems().addAll(vm.documents().attributeNames());
            group.setValue(grouped != null && group.getItems().contains(grouped) ? grouped : null);
        });
        group.valueProperty()
                .addListener((o, a, b) ->
                        vm.documents().groupByProperty().set(b == null || b.equals(NO_GROUPING) ? null : b));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null && (a == null || !a.name().equals(d.name()))) {
                vm.documents().selectedProperty().set(d);
                if (!d.name().equals(vm.openDocumentName())) { // not when it follows a document opened elsewhere (a
                    // search hit)
                    vm.openDocument(d.name());
                }
            }
        });
        vm.documents().selectedProperty().addListener((o, a, d) -> {
            if (d != null && list.getSelectionModel().getSelectedItem() != d) {
                list.getSelectionModel().select(d);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getChildren().addAll(title, filter, group, list);
        box.setPadding(new Insets(8));
        box.setMinWidth(200);
    }

    Node node() {
        return box;
    }

    ListView<DocumentListing> list() {
        return list;
    }

    private static final class DocumentCell extends ListCell<DocumentListing> {
        private final DocumentsViewModel documents;

        DocumentCell(DocumentsViewModel documents) {
            this.documents = documents;
        }

        @Override
        protected void updateItem(DocumentListing d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(documents.shown(d.name()));
            name.getStyleClass().add("document-name");
            Label facts = new Label(String.format("%s · %,d words · %d codings", d.language(), d.words(), d.codings()));
            facts.getStyleClass().add("document-facts");
            VBox cell = new VBox(1, name, facts);
            String groupName = documents.groupOf(d);
            int i = getIndex();
            // a heading where a new group begins (the list is sorted by group)
            if (groupName != null
                    && (i == 0
                            || !groupName.equals(
                                    documents.groupOf(getListView().getItems().get(i - 1))))) {
                Label heading = new Label(documents.groupByProperty().get() + ": " + groupName);
                heading.getStyleClass().add("group-heading");
                cell.getChildren().add(0, heading);
            }
            setGraphic(cell);
            setText(null);
            String attrs = d.attributes().entrySet().stream()
                    .map(e -> e.getKey() + ": " + documents.shown(String.valueOf(e.getValue())))
                    .collect(Collectors.joining("\n"));
            setTooltip(new Tooltip("Speakers: "
                    + String.join(
                            ", ", d.speakers().stream().map(documents::shown).toList())
                    + (attrs.isEmpty() ? "" : "\n" + attrs)));
        }
    }
}
