package org.caravanqda.gui.workbench;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Code with…": type a few letters of any code's path, Enter applies the highlighted one. */
final class CodeWithDialog {
    private final Dialog<String> dialog = new Dialog<>();

    CodeWithDialog(Window owner, CodebookViewModel codebook) {
        this(owner, codebook, "Code with…", "Type to find a code; Enter applies it to the selection");
    }

    /** {@code title} and {@code header}: what the chosen code is for (coding the selection, auto-coding hits). */
    CodeWithDialog(Window owner, CodebookViewModel codebook, String title, String header) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        FilteredList<String> paths = new FilteredList<>(FXCollections.observableArrayList(codebook.codablePaths()));
        TextField search = new TextField();
        search.setPromptText("e.g. silent, housing, mobil…");
        ListView<String> list = new ListView<>(paths);
        list.setPrefSize(460, 360);
        search.textProperty().addListener((o, a, q) -> {
            String f = q.strip().toLowerCase(Locale.ROOT);
            paths.setPredicate(p -> f.isEmpty() || p.toLowerCase(Locale.ROOT).contains(f));
            list.getSelectionModel().selectFirst();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        list.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(new VBox(8, search, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(
                b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(search::requestFocus);
    }

    Optional<String> choose() {
        return dialog.showAndWait();
    }
}
