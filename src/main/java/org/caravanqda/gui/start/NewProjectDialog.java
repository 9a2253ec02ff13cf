package org.caravanqda.gui.start;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.caravanqda.app.PasswordRules;

/** Name of a new project and, optionally, the password that encrypts it (typed twice). */
final class NewProjectDialog {
    /** What the user chose; {@code password} null for a plain project. */
    record Choice(String name, char[] password) {}

    private NewProjectDialog() {}

    static Optional<Choice> show(Window owner) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New project");
        d.setHeaderText("Name of the new project (a folder of this name is made in the folder you pick next)");
        TextField name = new TextField("My interviews");
        CheckBox encrypt = new CheckBox("Encrypt this project");
        encrypt.setId("encrypt-project");
        PasswordField password = new PasswordField();
        password.setId("new-password");
        PasswordField confirm = new PasswordField();
        confirm.setId("confirm-password");
        password.disableProperty().bind(encrypt.selectedProperty().not());
        confirm.disableProperty().bind(encrypt.selectedProperty().not());
        Label hint = new Label();
        hint.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !encrypt.isSelected()
                                ? ""
                                : weakness(password) != null
                                        ? weakness(password)
                                        : !password.getText().equals(confirm.getText())
                                                ? "The two passwords differ"
                                                : "Keep the password safe: without it the project cannot be opened",
                        encrypt.selectedProperty(),
                        password.textProperty(),
                        confirm.textProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.add(encrypt, 1, 1);
        grid.addRow(2, new Label("Password"), password);
        grid.addRow(3, new Label("Again"), confirm);
        grid.add(hint, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> name.getText().isBlank()
                        || encrypt.isSelected()
                                && (weakness(password) != null
                                        || !password.getText().equals(confirm.getText())),
                name.textProperty(),
                encrypt.selectedProperty(),
                password.textProperty(),
                confirm.textProperty());
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(invalid);
        d.setResultConverter(b -> b == ButtonType.OK
                ? new Choice(name.getText().strip(), encrypt.isSelected() ? chars(password) : null)
                : null);
        Optional<Choice> choice = d.showAndWait();
        password.clear();
        confirm.clear();
        return choice;
    }

    /** The first rule of {@link PasswordRules} the typed password breaks, as a sentence, or null. */
    static String weakness(TextInputControl field) {
        char[] typed = chars(field);
        try {
            var problems = PasswordRules.problems(typed);
            if (problems.isEmpty()) {
                return null;
            }
            String p = problems.get(0);
            return "Too weak: " + p + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    /**
     * The field's text as an array the caller clears after use. JavaFX keeps a field's text as a
     * String, which cannot be wiped: the dialogs clear their fields when they close.
     */
    static char[] chars(TextInputControl field) {
        return field.getText().toCharArray();
    }
}
