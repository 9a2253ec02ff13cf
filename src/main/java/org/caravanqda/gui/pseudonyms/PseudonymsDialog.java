package org.caravanqda.gui.pseudonyms;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caravanqda.model.Pseudonym;

/**
 * The pseudonym list as a table: double-click a cell to edit it, add a pair below, remove the
 * selected row. Exports apply the list; "Show pseudonyms" in the toolbar shows it applied.
 */
public final class PseudonymsDialog {
    private final PseudonymsViewModel vm;
    private final Dialog<Void> dialog = new Dialog<>();

    public PseudonymsDialog(PseudonymsViewModel vm, Window owner) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle("Pseudonyms");
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(560, 460);
    }

    private VBox content() {
        TableView<Pseudonym> table = new TableView<>(vm.entries());
        table.setId("pseudonym-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("No pseudonyms yet: add a real name and its pseudonym below."));
        TableColumn<Pseudonym, String> real = column("Real name", Pseudonym::realName);
        real.setOnEditCommit(
                e -> vm.edit(e.getRowValue(), e.getNewValue(), e.getRowValue().pseudonym()));
        TableColumn<Pseudonym, String> alias = column("Pseudonym", Pseudonym::pseudonym);
        alias.setOnEditCommit(e -> vm.edit(e.getRowValue(), e.getRowValue().realName(), e.getNewValue()));
        table.getColumns().add(real);
        table.getColumns().add(alias);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextField newReal = new TextField();
        newReal.setId("new-real-name");
        newReal.setPromptText("Real name (e.g. Иван or Анна Петровна)");
        TextField newAlias = new TextField();
        newAlias.setId("new-pseudonym");
        newAlias.setPromptText("Pseudonym");
        Button add = new Button("Add");
        add.setId("add-pseudonym");
        add.disableProperty()
                .bind(newReal.textProperty()
                        .isEmpty()
                        .or(newAlias.textProperty().isEmpty()));
        add.setOnAction(e -> {
            vm.add(newReal.getText(), newAlias.getText());
            newReal.clear();
            newAlias.clear();
            newReal.requestFocus();
        });
        newAlias.setOnAction(e -> add.fire());
        Button remove = new Button("Remove");
        remove.setId("remove-pseudonym");
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        HBox.setHgrow(newReal, Priority.ALWAYS);
        HBox.setHgrow(newAlias, Priority.ALWAYS);
        Label hint =
                new Label("Whole words, any letter case; Russian names also in their other cases (Ивану → Петру).");
        hint.setWrapText(true);
        VBox box = new VBox(8, table, new HBox(6, newReal, newAlias, add, remove), hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    private static TableColumn<Pseudonym, String> column(
            String title, java.util.function.Function<Pseudonym, String> value) {
        TableColumn<Pseudonym, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        return c;
    }

    public void show() {
        vm.load();
        dialog.show();
    }
}
