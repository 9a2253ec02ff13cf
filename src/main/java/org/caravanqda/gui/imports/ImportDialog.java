package org.caravanqda.gui.imports;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.FxDialogs;
import org.caravanqda.gui.common.Styles;
import org.caravanqda.model.Languages;

/** The import window; binds to {@link ImportViewModel}, whose questions (files, folders) this window owns. */
public final class ImportDialog {
    private final Stage stage = new Stage();
    private final ImportViewModel vm;

    /** {@code model}: the view model, given the dialogs that ask over this window. */
    public ImportDialog(Function<Dialogs, ImportViewModel> model, Window owner) {
        this.vm = model.apply(new FxDialogs(stage));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import transcripts");
        ListView<java.nio.file.Path> list = new ListView<>(vm.paths());
        list.setPlaceholder(new Label(".txt .md .docx .odt .srt .vtt files, or folders of them"));
        list.setPrefHeight(160);
        Button files = new Button("Add files…");
        files.setOnAction(e -> vm.addFiles());
        Button folder = new Button("Add folder…");
        folder.setOnAction(e -> vm.addFolder());
        Label attributes = new Label();
        attributes
                .textProperty()
                .bind(vm.attributesProperty()
                        .map(p -> p.getFileName().toString())
                        .orElse("none"));
        Button chooseAttributes = new Button("Attributes CSV…");
        chooseAttributes.setOnAction(e -> vm.chooseAttributes());
        ChoiceBox<String> language = new ChoiceBox<>();
        language.getItems().add(ImportViewModel.DETECT);
        language.getItems().addAll(Languages.SUPPORTED);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ProgressBar bar = new ProgressBar(0);
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        TextArea summary = new TextArea();
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setPrefRowCount(8);
        Button start = new Button("Import");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty().or(javafx.beans.binding.Bindings.isEmpty(vm.paths())));
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel import");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        VBox root = new VBox(
                8,
                new HBox(8, files, folder),
                list,
                new HBox(8, chooseAttributes, attributes),
                new HBox(8, new Label("Language"), language),
                new HBox(8, bar, message),
                summary,
                new HBox(8, start, cancel, close));
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 620, 560);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
    }
}
