package org.caravanqda.gui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.LogFolder;
import org.caravanqda.app.common.Redacted;
import org.slf4j.LoggerFactory;

/** {@link Dialogs} with JavaFX's choosers and dialogs, owned by one window and styled as the workbench is. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFile(String title, FileType... types) {
        return Optional.ofNullable(chooser(title, types).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseFiles(String title, FileType... types) {
        List<File> chosen = chooser(title, types).showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileType... types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, FileType... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return chooser;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        return styled(d, title, prompt).showAndWait();
    }

    @Override
    public Optional<String> askLongText(String title, String prompt, String initial) {
        javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(initial == null ? "" : initial);
        area.setWrapText(true);
        area.setPrefSize(560, 260);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        javafx.application.Platform.runLater(area::requestFocus);
        return styled(d, title, prompt).showAndWait();
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(options.get(0), options);
        return styled(d, title, prompt).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        styled(alert, title, null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void showError(String title, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        styled(alert, title, headline(cause));
        if (!(cause instanceof CaravanException)) {
            // a bug: its classes and frames (never its message, which may quote a transcript) go to the log
            LoggerFactory.getLogger(FxDialogs.class).error("{} failed", title, Redacted.of(cause));
            TextArea details = new TextArea("This is a bug in Caravan. The details are in\n"
                    + LogFolder.path().resolve("caravan.log") + "\nPlease attach that file to a bug report.");
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.show();
    }

    private <D extends Dialog<?>> D styled(D d, String title, String header) {
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        return d;
    }

    static String headline(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
