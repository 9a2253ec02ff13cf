package org.caravanqda.gui.start;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caravanqda.model.Languages;

/**
 * "Open server project…" and "New server project…" (issue 20): the address of the project's
 * database, checked as it is typed by the view model's rule (what is wrong is said under the
 * field: a missing postgresql://, a password in the address, a weak sslmode), and for a new project
 * what {@code caravan init --server} takes: name, language and codebook.
 */
final class ServerProjectDialog {
    private static final String DEFAULT_CODEBOOK = "The default codebook";
    private static final String EMPTY_CODEBOOK = "An empty codebook";
    private static final String FILE_CODEBOOK = "A codebook file…";

    private ServerProjectDialog() {}

    /** The address of a project to open; {@code problem} says what is wrong with a typed one (null: nothing). */
    static Optional<String> open(Window owner, UnaryOperator<String> problem) {
        Dialog<String> d = dialog(owner, "Open server project", "The address of the project's database on its server");
        TextField address = addressField();
        GridPane grid = grid();
        grid.addRow(0, new Label("Address"), address);
        grid.add(hint(address, problem), 1, 1);
        grid.add(note(), 1, 2);
        d.getDialogPane().setContent(grid);
        d.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> problem.apply(address.getText()) != null, address.textProperty()));
        d.setResultConverter(b -> b == ButtonType.OK ? address.getText().strip() : null);
        Platform.runLater(address::requestFocus);
        return d.showAndWait();
    }

    /** A new project in an empty database, as {@code caravan init --server ADDRESS} makes it. */
    static Optional<NewServerProject> create(Window owner, UnaryOperator<String> problem, String language) {
        Dialog<NewServerProject> d = dialog(
                owner,
                "New server project",
                "A new project in an empty database on a server (its administrator makes the database: docs/team.md)");
        TextField address = addressField();
        TextField name = new TextField();
        name.setId("server-project-name");
        name.setPromptText("the database's name unless you give one");
        ChoiceBox<String> languages = new ChoiceBox<>(FXCollections.observableArrayList(Languages.SUPPORTED));
        languages.setId("server-project-language");
        languages.setValue(language);
        ChoiceBox<String> codebook =
                new ChoiceBox<>(FXCollections.observableArrayList(DEFAULT_CODEBOOK, EMPTY_CODEBOOK, FILE_CODEBOOK));
        codebook.setId("server-project-codebook");
        codebook.setValue(DEFAULT_CODEBOOK);
        Path[] file = new Path[1];
        Label fileName = new Label();
        Button choose = new Button("Choose…");
        choose.visibleProperty().bind(codebook.valueProperty().isEqualTo(FILE_CODEBOOK));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Codebook for the new project");
            File f = chooser.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                file[0] = f.toPath();
                fileName.setText(f.getName());
            }
        });
        GridPane grid = grid();
        grid.addRow(0, new Label("Address"), address);
        grid.add(hint(address, problem), 1, 1);
        grid.addRow(2, new Label("Name"), name);
        grid.addRow(3, new Label("Language"), languages);
        grid.addRow(4, new Label("Codebook"), new HBox(8, codebook, choose, fileName));
        grid.add(note(), 1, 5);
        d.getDialogPane().setContent(grid);
        d.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> problem.apply(address.getText()) != null
                                || FILE_CODEBOOK.equals(codebook.getValue())
                                        && fileName.getText().isEmpty(),
                        address.textProperty(),
                        codebook.valueProperty(),
                        fileName.textProperty()));
        d.setResultConverter(b -> b != ButtonType.OK
                ? null
                : new NewServerProject(
                        address.getText().strip(),
                        name.getText().isBlank()
                                ? database(address.getText())
                                : name.getText().strip(),
                        languages.getValue(),
                        FILE_CODEBOOK.equals(codebook.getValue()) ? file[0] : null,
                        EMPTY_CODEBOOK.equals(codebook.getValue())));
        Platform.runLater(address::requestFocus);
        return d.showAndWait();
    }

    /** The database an address names: the new project's name unless one is given (as init --server names it). */
    static String database(String address) {
        String s = address.strip();
        s = s.contains("?") ? s.substring(0, s.indexOf('?')) : s;
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String header) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    private static TextField addressField() {
        TextField address = new TextField();
        address.setId("server-address");
        address.setPromptText("postgresql://host[:port]/database");
        address.setPrefColumnCount(36);
        return address;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    /** What is wrong with the typed address, under the field (nothing while the field is empty). */
    private static Label hint(TextField address, UnaryOperator<String> problem) {
        Label hint = new Label();
        hint.setId("server-address-problem");
        hint.setStyle("-fx-text-fill: #b42318;"); // a dialog's scene has not the window's stylesheet
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        StringBinding text = Bindings.createStringBinding(
                () -> {
                    String p = address.getText().isBlank() ? null : problem.apply(address.getText());
                    return p == null ? "" : p;
                },
                address.textProperty());
        hint.textProperty().bind(text);
        return hint;
    }

    private static Label note() {
        Label note = new Label("Your login: postgresql://LOGIN@host/database or ?user=LOGIN (else your system"
                + " login). The password is never part of the address: it comes from PGPASSWORD or ~/.pgpass, or"
                + " Caravan asks for it. TLS is always on; a certificate from your own CA is named with"
                + " ?sslrootcert=FILE or kept in ~/.postgresql/root.crt.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.setStyle("-fx-text-fill: #5a6478;");
        return note;
    }
}
