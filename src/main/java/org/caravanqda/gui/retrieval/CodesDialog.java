package org.caravanqda.gui.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.retrieval.RetrievalRequest.Combine;

/** "Retrieve coded segments…": tick one or more codes, any of them or where all overlap, with sub-codes or not. */
final class CodesDialog {
    private final Dialog<RetrievalRequest> dialog = new Dialog<>();

    CodesDialog(Window owner, List<String> paths, List<String> chosen, Combine how, boolean subcodes) {
        dialog.initOwner(owner);
        dialog.setTitle("Retrieve coded segments");
        dialog.setHeaderText("Tick the codes whose segments to list");
        ObservableList<Choice> all = FXCollections.observableArrayList(
                paths.stream().map(p -> new Choice(p, chosen.contains(p))).toList());
        FilteredList<Choice> filtered = new FilteredList<>(all);
        TextField filter = new TextField();
        filter.setPromptText("Filter codes");
        filter.textProperty().addListener((o, a, q) -> {
            String f = q.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(
                    c -> f.isEmpty() || c.path.toLowerCase(Locale.ROOT).contains(f));
        });
        ListView<Choice> list = new ListView<>(filtered);
        list.setId("retrieval-codes");
        list.setPrefSize(480, 360);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(null);
                if (empty || c == null) {
                    setGraphic(null);
                    return;
                }
                CheckBox box = new CheckBox(c.path);
                box.setSelected(c.ticked);
                box.selectedProperty().addListener((o, a, b) -> c.ticked = b);
                setGraphic(box);
            }
        });
        ComboBox<Combine> combine = new ComboBox<>(FXCollections.observableArrayList(Combine.values()));
        combine.setConverter(org.caravanqda.gui.common.FixedChoices.labelled(RetrievalView::combineLabel));
        combine.setValue(how);
        CheckBox sub = new CheckBox("with sub-codes");
        sub.setSelected(subcodes);
        HBox how2 = new HBox(8, new Label("Segments of"), combine, sub);
        how2.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(8, filter, list, how2));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            List<String> ticked =
                    all.stream().filter(c -> c.ticked).map(c -> c.path).toList();
            return b == ButtonType.OK && !ticked.isEmpty()
                    ? new RetrievalRequest(ticked, combine.getValue(), sub.isSelected(), Selection.all())
                    : null;
        });
        Platform.runLater(filter::requestFocus);
    }

    Optional<RetrievalRequest> choose() {
        return dialog.showAndWait();
    }

    private static final class Choice {
        final String path;
        boolean ticked;

        Choice(String path, boolean ticked) {
            this.path = path;
            this.ticked = ticked;
        }
    }
}
