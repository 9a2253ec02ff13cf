package org.caravanqda.gui.imports;

import org.caravanqda.model.Languages;

import java.io.File;
import java.util.List;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.gui.common.Styles;
import org.caravanqda.gui.common.Jobs;

/** The import window; binds to {@link ImportViewModel}. */
public final class ImportDialog {
    private final Stage stage = new Stage();
    private final ImportViewModel vm;

    public ImportDialog(Project project, Jobs jobs, Window owner, String coder, Runnable imported) {
        this.vm = new ImportViewModel(project, jobs, coder, imported);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import transcripts");
        ListView<java.nio.file.Path> list = new ListView<>(vm.paths());
        list.setPlaceholder(new Label(".txt .md .docx .odt .srt .vtt files, or folders of them"));
        list.setPrefHeight(160);
        Button files = new Button("Add files…");
        files.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Transcripts", "*.txt", "*.md", "*.docx", "*.odt",
                    "*.srt", "*.vtt"));
            List<File> chosen = c.showOpenMultipleDialog(stage);
            if (chosen != null) {
                chosen.forEach(f -> vm.paths().add(f.toPath()));
            }
        });
        Button folder = new Button("Add folder…");
        folder.setOnAction(e -> {
            File f = new DirectoryChooser().showDialog(stage);
            if (f != null) {
                vm.paths().add(f.toPath());
            }
        });
        Label attributes = new Label();
        attributes.textProperty().bind(vm.attributesProperty().map(p -> p.getFileName().toString()).orElse("none"));
        Button chooseAttributes = new Button("Attributes CSV…");
        chooseAttributes.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (first column: document name)", "*.csv"));
            File f = c.showOpenDialog(stage);
            vm.attributesProperty().set(f == null ? null : f.toPath());
        });
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
        VBox root = new VBox(8, new HBox(8, files, folder), list, new HBox(8, chooseAttributes, attributes),
                new HBox(8, new Label("Language"), language), new HBox(8, bar, message), summary,
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
