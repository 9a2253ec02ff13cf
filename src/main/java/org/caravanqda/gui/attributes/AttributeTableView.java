package org.caravanqda.gui.attributes;

import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.gui.workbench.WorkbenchMenus;
import org.caravanqda.gui.workbench.WorkbenchView;
import org.caravanqda.model.AttributeType;

/**
 * Documents x attributes in a tab beside the transcript: double-click (or F2/Enter) a cell to
 * edit it, Enter writes it, Escape leaves it; a header click sorts by typed values. It binds and
 * forwards: what fits and what is written is the view model's.
 */
public final class AttributeTableView {
    static final String TAB_ID = "attributes";
    private final AttributeTableViewModel vm;
    private final TableView<AttributeService.Row> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    /** Adds "Attribute table" to the Documents menu. */
    public static void install(WorkbenchView workbench) {
        workbench
                .menus()
                .documents()
                .getItems()
                .add(WorkbenchMenus.item("Attribute table", null, e -> open(workbench)));
    }

    /** Opens the table's tab (or selects it); returns its view model. */
    public static AttributeTableViewModel open(WorkbenchView workbench) {
        var tab = workbench.center().show(TAB_ID, "Attributes", () -> {
            AttributeTableViewModel model = new AttributeTableViewModel(workbench.viewModel());
            Node node = new AttributeTableView(model).root;
            node.getProperties().put(AttributeTableViewModel.class, model);
            model.load();
            return node;
        });
        return (AttributeTableViewModel) tab.getContent().getProperties().get(AttributeTableViewModel.class);
    }

    AttributeTableView(AttributeTableViewModel vm) {
        this.vm = vm;
        table.setId("attribute-table");
        table.setEditable(true);
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No documents yet: Import… adds transcripts."));
        vm.sheetProperty().addListener((o, a, s) -> show(s));
        Button add = new Button("Add attribute…");
        add.setId("add-attribute");
        add.setOnAction(e -> vm.askAdd());
        Label hint =
                new Label("Double-click a cell to edit; Enter writes it, Escape leaves it. Edit > Undo takes it back.");
        hint.getStyleClass().add("hint");
        Label message = new Label();
        message.setId("attribute-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, add, hint, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(null, bar, null, message, null);
        top.setPadding(new Insets(6, 8, 6, 8));
        BorderPane.setMargin(message, new Insets(4, 0, 0, 0));
        root.setTop(top);
        root.setCenter(table);
    }

    private void show(AttributeService.Sheet sheet) {
        var sortedBy = table.getSortOrder().isEmpty()
                ? null
                : table.getSortOrder().get(0).getId();
        var sortType = table.getSortOrder().isEmpty()
                ? null
                : table.getSortOrder().get(0).getSortType();
        table.getColumns().clear();
        if (sheet == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<AttributeService.Row, String> name = new TableColumn<>("Document");
        name.setId("document");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().document()));
        name.setEditable(false);
        name.setPrefWidth(220);
        table.getColumns().add(name);
        for (Map.Entry<String, AttributeType> column : sheet.attributes().entrySet()) {
            String attribute = column.getKey();
            TableColumn<AttributeService.Row, AttributeService.Row> col =
                    new TableColumn<>(AttributeTableViewModel.header(column));
            col.setId("attr:" + attribute);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            col.setComparator(AttributeTableViewModel.order(attribute));
            col.setCellFactory(c -> new ValueCell(attribute, column.getValue()));
            col.setPrefWidth(
                    Math.max(110, 9 * AttributeTableViewModel.header(column).length()));
            table.getColumns().add(col);
        }
        table.getItems().setAll(sheet.rows());
        table.getColumns().stream()
                .filter(c -> c.getId().equals(sortedBy))
                .findFirst()
                .ifPresent(c -> {
                    c.setSortType(sortType);
                    table.getSortOrder().setAll(java.util.List.of(c));
                });
    }

    /** A value cell: its text as the CLI prints it; a text field while edited, red while refused. */
    private final class ValueCell extends TableCell<AttributeService.Row, AttributeService.Row> {
        private final String attribute;
        private final AttributeType type;
        private TextField field;

        ValueCell(String attribute, AttributeType type) {
            this.attribute = attribute;
            this.type = type;
            setAlignment(type == AttributeType.NUMBER ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            field = new TextField(AttributeTableViewModel.text(getItem(), attribute));
            field.setId("attribute-editor");
            field.setPromptText(
                    switch (type) {
                        case NUMBER -> "a number";
                        case DATE -> "yyyy-mm-dd";
                        case BOOLEAN -> "yes or no";
                        case TEXT -> "";
                    });
            field.setOnAction(e -> write());
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        private void write() {
            AttributeService.Row row = getItem();
            if (vm.edit(row.document(), attribute, field.getText())) {
                String typed = field.getText().strip();
                super.cancelEdit();
                setGraphic(null);
                setText(typed);
            } else {
                field.setStyle("-fx-border-color: #c0392b; -fx-border-width: 2;");
                field.setTooltip(new Tooltip(vm.messageProperty().get()));
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            vm.messageProperty().set("");
            setGraphic(null);
            setText(getItem() == null ? null : AttributeTableViewModel.text(getItem(), attribute));
        }

        @Override
        protected void updateItem(AttributeService.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
            } else if (!isEditing()) {
                setText(AttributeTableViewModel.text(row, attribute));
                setGraphic(null);
            }
        }
    }
}
