package org.caravanqda.gui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.gui.common.Dialogs;
import org.caravanqda.gui.common.FxDialogs;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ShowInFolder;
import org.caravanqda.gui.common.Styles;
import org.caravanqda.gui.workbench.WorkbenchMenus;
import org.caravanqda.gui.workbench.WorkbenchView;

/** The export window: format, file and the CLI's options; binds to {@link ExportViewModel}. */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportViewModel vm;

    /** Adds "Export…" to the Project and Analysis menus of the workbench. */
    public static void install(
            WorkbenchView workbench, Project project, Jobs jobs, Window owner, ShowInFolder folders) {
        Runnable open = () -> new ExportDialog(d -> new ExportViewModel(project, jobs, d, folders), owner).show();
        workbench.menus().project().getItems().add(WorkbenchMenus.item("Export…", "Shortcut+Shift+E", e -> open.run()));
        workbench.menus().analysis().getItems().add(WorkbenchMenus.item("Export…", null, e -> open.run()));
    }

    public ExportDialog(Function<Dialogs, ExportViewModel> model, Window owner) {
        this.vm = model.apply(new FxDialogs(stage));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;

        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        grid.addRow(row++, bold("Format"), format);

        Label file = new Label();
        file.setId("export-file");
        file.textProperty().bind(vm.fileProperty().map(Path::toString).orElse("(choose where to write it)"));
        file.setWrapText(true);
        Button choose = new Button("Choose…");
        choose.setId("export-choose");
        choose.setOnAction(e -> vm.chooseFile());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, choose, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, bold("File"), fileRow);

        FlowPane coders = checks(vm.coders(), vm.chosenCoders(), "export-coder-");
        Label codersHint = hint("none ticked: all coders");
        grid.addRow(row++, bold("Coders"), new VBox(2, coders, codersHint));
        ListView<String> documents = new ListView<>(vm.documents());
        documents.setId("export-documents");
        documents.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        documents.setPrefHeight(96);
        documents.getSelectionModel().getSelectedItems().addListener((ListChangeListener<String>)
                c -> vm.chosenDocuments()
                        .setAll(List.copyOf(documents.getSelectionModel().getSelectedItems())));
        grid.addRow(
                row++, bold("Documents"), new VBox(2, documents, hint("none selected: all; Ctrl+click for several")));
        TextField query = new TextField();
        query.setId("export-query");
        query.setPromptText(
                "only the coded segments this search query finds, e.g. code:\"Exit as voice\" AND speaker:Марина");
        query.textProperty().bindBidirectional(vm.queryProperty());
        grid.addRow(row++, bold("Query"), query);
        Spinner<Integer> context = new Spinner<>(0, 200, 0, 5);
        context.setId("export-context");
        context.setEditable(true);
        context.getValueFactory()
                .valueProperty()
                .addListener((o, a, b) -> vm.contextWordsProperty().set(b));
        grid.addRow(row++, bold("Context"), new HBox(8, context, hint("words before and after each segment")));

        CheckBox agreement = new CheckBox("Add Agreement and Disagreements sheets comparing these coders:");
        agreement.setId("export-agreement");
        agreement.selectedProperty().bindBidirectional(vm.agreementProperty());
        FlowPane agreementCoders = checks(vm.coders(), vm.agreementCoders(), "export-agreement-coder-");
        ChoiceBox<AgreementUnit> unit = new ChoiceBox<>();
        unit.getItems().setAll(AgreementUnit.values());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(AgreementUnit u) {
                return u == null ? "" : "by " + u.label();
            }

            @Override
            public AgreementUnit fromString(String s) {
                return AgreementUnit.parse(s.replaceFirst("^by ", ""));
            }
        });
        unit.valueProperty().bindBidirectional(vm.agreementUnitProperty());
        agreementCoders.disableProperty().bind(agreement.selectedProperty().not());
        unit.disableProperty().bind(agreement.selectedProperty().not());
        HBox agreementChoices = new HBox(12, agreementCoders, unit);
        agreementChoices.setAlignment(Pos.CENTER_LEFT);
        VBox agreementRow = new VBox(4, agreement, agreementChoices);
        grid.addRow(row++, bold("Agreement"), agreementRow);
        coders.disableProperty().bind(vm.segmentOptions().not());
        documents.disableProperty().bind(vm.segmentOptions().not());
        query.disableProperty().bind(vm.segmentOptions().not());
        context.disableProperty().bind(vm.segmentOptions().not());
        agreement.disableProperty().bind(vm.segmentOptions().not());

        CheckBox bom = new CheckBox("Start with a byte order mark, so Excel shows Cyrillic correctly");
        bom.selectedProperty().bindBidirectional(vm.byteOrderMarkProperty());
        bom.disableProperty().bind(vm.csv().not());
        CheckBox lf = new CheckBox("LF line ends (for ATLAS.ti and MAXQDA, which count CRLF as one position)");
        lf.selectedProperty().bindBidirectional(vm.lfLineEndsProperty());
        lf.disableProperty().bind(vm.qdpx().not());
        grid.addRow(row++, bold("File details"), new VBox(4, bom, lf));

        CheckBox real = new CheckBox("Write real names (the project's pseudonym list is not applied)");
        real.setId("export-real-names");
        real.selectedProperty().bindBidirectional(vm.realNamesProperty());
        Button table = new Button("Pseudonym table…");
        table.setTooltip(
                new Tooltip("A CSV (real_name,pseudonym) applied to this export on top of the project's list"));
        table.setOnAction(e -> vm.choosePseudonyms());
        Label tableName = new Label();
        tableName
                .textProperty()
                .bind(vm.extraPseudonymsProperty()
                        .map(p -> p.getFileName().toString())
                        .orElse("the project's pseudonym list applies"));
        Label warning = new Label();
        warning.setId("export-warning");
        warning.textProperty().bind(vm.warningProperty());
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        HBox tableRow = new HBox(8, table, tableName);
        tableRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row++, bold("Names"), new VBox(4, real, tableRow, warning));

        ProgressBar bar = new ProgressBar(0);
        bar.setId("export-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(260);
        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(vm.messageProperty());
        TextArea summary = new TextArea();
        summary.setId("export-summary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bind(vm.summaryProperty());

        Button export = new Button("Export");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.export());
        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button show = new Button("Show in folder");
        show.setId("export-show");
        show.disableProperty().bind(vm.writtenProperty().isNull());
        show.setOnAction(e -> vm.showInFolder());
        Button close = new Button("Close");
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, export, cancel, show, spacer, close);
        HBox progress = new HBox(8, bar, message);
        progress.setAlignment(Pos.CENTER_LEFT);

        ScrollPane options = new ScrollPane(grid);
        options.setFitToWidth(true);
        options.setStyle("-fx-background-color: transparent;");
        VBox root = new VBox(10, options, progress, summary, buttons);
        VBox.setVgrow(options, Priority.ALWAYS);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 760, 680);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });
        vm.load();
    }

    /** One check box per item of {@code all}, ticked as {@code chosen} says, and keeping it up to date. */
    private static FlowPane checks(ObservableList<String> all, ObservableList<String> chosen, String idPrefix) {
        FlowPane pane = new FlowPane(10, 4);
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (String item : all) {
                CheckBox box = new CheckBox(item);
                box.setId(idPrefix + item);
                box.setSelected(chosen.contains(item));
                box.selectedProperty().addListener((o, a, on) -> {
                    if (on && !chosen.contains(item)) {
                        chosen.add(item);
                    } else if (!on) {
                        chosen.remove(item);
                    }
                });
                pane.getChildren().add(box);
            }
        };
        all.addListener((ListChangeListener<String>) c -> fill.run());
        chosen.addListener((ListChangeListener<String>) c -> pane.getChildren().forEach(n -> {
            if (n instanceof CheckBox b) {
                b.setSelected(chosen.contains(b.getText()));
            }
        }));
        fill.run();
        return pane;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setStyle("-fx-text-fill: #666666; -fx-font-size: 0.9em;");
        return l;
    }

    public void show() {
        stage.show();
    }

    /** The window (for tests and screenshots). */
    public Stage stage() {
        return stage;
    }
}
