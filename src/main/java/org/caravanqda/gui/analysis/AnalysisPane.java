package org.caravanqda.gui.analysis;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame the three analysis views share: filters, the view's own choices and the save and
 * copy buttons, a red line for a filter problem, the chart above the table, and a status line with
 * progress and Cancel.
 */
final class AnalysisPane {
    private final BorderPane root = new BorderPane();

    AnalysisPane(AnalysisViewModel vm, List<Node> choices, Node chart, Supplier<Node> picture, GridTable table) {
        Button copy = new Button("Copy table");
        copy.setId("copy-table");
        copy.setTooltip(
                new javafx.scene.control.Tooltip("Copies the table as tab-separated text: paste it into Excel"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.tsv());
            Clipboard.getSystemClipboard().setContent(content);
            vm.summaryProperty().set("Table copied: paste it into a spreadsheet");
        });
        Button png = new Button("Save PNG…");
        png.setOnAction(e -> vm.savePng(file -> ChartPng.write(picture.get(), file)));
        Button svg = new Button("Save SVG…");
        svg.setOnAction(e -> vm.saveSvg());
        HBox own = new HBox(6);
        own.getChildren().addAll(choices);
        own.setAlignment(Pos.CENTER_LEFT);
        HBox files = new HBox(6, copy, png, svg);
        files.setAlignment(Pos.CENTER_LEFT);
        // wraps on a narrow window instead of cutting labels and buttons short
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(18, 6, own, files);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 8, 4, 8));
        for (Node n : own.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        for (Node n : files.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        Label error = new Label();
        error.setId("analysis-error");
        error.getStyleClass().add("search-error");
        error.setWrapText(true);
        error.setPadding(new Insets(0, 8, 2, 8));
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        root.setTop(new VBox(new FiltersBar(vm).node(), row, error));
        SplitPane split = new SplitPane(chart, table.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        root.setCenter(split);
        Label summary = new Label();
        summary.setId("analysis-summary");
        summary.textProperty().bind(vm.summaryProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(8, summary, gap, bar, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(3, 8, 3, 8));
        root.setBottom(status);
        vm.gridProperty().addListener((o, a, g) -> table.show(g));
        table.show(vm.gridProperty().get());
    }

    Node node() {
        return root;
    }
}
