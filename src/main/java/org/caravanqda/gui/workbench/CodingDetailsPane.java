package org.caravanqda.gui.workbench;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.transcript.Colors;

/** The codings under the last click: code, coder, date and memo; edit the memo, change the code, or remove it. */
final class CodingDetailsPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final VBox box = new VBox(6);

    CodingDetailsPane(WorkbenchViewModel vm, Window owner) {
        ListView<CodingMark> list = new ListView<>(vm.transcript().inspected());
        list.setId("coding-details");
        Label placeholder =
                new Label("Click a coded passage or a stripe in the margin to see its codes, coder, date and memo.");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new MarkCell());
        TextArea memo = new TextArea();
        memo.setPromptText("Memo on the selected coding");
        memo.setWrapText(true);
        memo.setPrefRowCount(3);
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, m) -> memo.setText(m == null || m.memo() == null ? "" : m.memo()));
        vm.transcript().inspected().addListener((javafx.collections.ListChangeListener<CodingMark>)
                c -> list.getSelectionModel().selectFirst());
        Button save = new Button("Save memo");
        save.setOnAction(e -> {
            CodingMark m = list.getSelectionModel().getSelectedItem();
            if (m != null) {
                vm.coding().memo(m, memo.getText());
            }
        });
        Button remove = new Button("Remove coding");
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> {
            CodingMark m = list.getSelectionModel().getSelectedItem();
            if (m != null) {
                vm.coding().remove(m);
            }
        });
        Button change = new Button("Change code…");
        change.setOnAction(e -> {
            CodingMark m = list.getSelectionModel().getSelectedItem();
            if (m != null) {
                new CodeWithDialog(owner, vm.codebook())
                        .choose()
                        .ifPresent(code -> vm.coding().change(m, code));
            }
        });
        change.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        save.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        VBox.setVgrow(list, Priority.ALWAYS);
        // the buttons wrap onto a second row in a narrow pane rather than being cut to "Sav..."
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, save, change, remove);
        box.getChildren().addAll(list, memo, buttons);
        box.setPadding(new Insets(6));
    }

    Node node() {
        return box;
    }

    private static final class MarkCell extends ListCell<CodingMark> {
        @Override
        protected void updateItem(CodingMark m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                return;
            }
            Label code = new Label(m.codePath());
            code.setStyle("-fx-font-weight: bold; -fx-border-color: transparent transparent transparent "
                    + Colors.safe(m.color()) + "; -fx-border-width: 0 0 0 4; -fx-padding: 0 0 0 6;");
            Label who =
                    new Label(m.coder() + " · " + WHEN.format(m.created()) + " · " + (m.end() - m.start()) + " chars");
            who.getStyleClass().add("document-facts");
            VBox cell = new VBox(2, code, who);
            if (m.memo() != null) {
                Label memo = new Label(m.memo());
                memo.setWrapText(true);
                memo.setMaxWidth(280);
                memo.getStyleClass().add("memo");
                cell.getChildren().add(memo);
            }
            setGraphic(cell);
            setText(null);
        }
    }
}
