package org.caravanqda.gui.start;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog asking for an encrypted project's password, showing why the last one was refused. */
public final class PasswordDialog implements PasswordAsker {
    private final Window owner;

    public PasswordDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> ask(Path project, String problem) {
        return show(owner, "Encrypted project", "Password for " + project.getFileName(), problem);
    }

    /**
     * A password dialog: {@code header} says whose password, {@code problem} (or null) why the last
     * one was refused. The typed password as an array the caller clears; the field is cleared.
     */
    static Optional<char[]> show(Window owner, String title, String header, String problem) {
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        PasswordField field = new PasswordField();
        field.setId("project-password");
        field.setPromptText("password");
        VBox box = new VBox(8, field);
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("password-problem");
            error.getStyleClass().add("error-text");
            box.getChildren().add(error);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? NewProjectDialog.chars(field) : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> result = d.showAndWait();
        field.clear();
        return result;
    }
}
