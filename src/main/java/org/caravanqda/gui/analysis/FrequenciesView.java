package org.caravanqda.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;

/** Frequencies: a horizontal bar per code (codings or documents) above the table; a bar or a row opens its segments. */
public final class FrequenciesView {
    private static final double ROW = 26;
    private final FrequenciesViewModel vm;
    private final NumberAxis values = new NumberAxis();
    private final CategoryAxis codes = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(values, codes);
    private final ScrollPane scroll = new ScrollPane(chart);
    private final Node root;

    public FrequenciesView(FrequenciesViewModel vm) {
        this.vm = vm;
        chart.setId("frequencies-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setTitle("Frequencies");
        values.setForceZeroInRange(true);
        values.setMinorTickVisible(false);
        scroll.setFitToWidth(true);
        ChoiceBox<FrequenciesViewModel.Measure> measure = new ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(FrequenciesViewModel.Measure.values()));
        measure.setId("frequencies-measure");
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        CheckBox unused = new CheckBox("Hide codes not used");
        unused.selectedProperty().bindBidirectional(vm.hideUnusedProperty());
        GridTable table = new GridTable(cell -> {
            var rows = vm.gridProperty().get().rows();
            if (cell[0] >= 0 && cell[0] < rows.size()) {
                vm.open(String.valueOf(rows.get(cell[0]).get(0)));
            }
        });
        root = new AnalysisPane(vm, List.of(new Label("Bars:"), measure, unused), scroll, () -> chart, table).node();
        vm.barsProperty().addListener((o, a, b) -> show(b));
    }

    private void show(Bars bars) {
        chart.setTitle(bars.title());
        values.setLabel(bars.axis());
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<Bars.Bar> reversed = new ArrayList<>(bars.bars());
        // the first code at the top, as in the codebook
        java.util.Collections.reverse(reversed);
        List<String> names = reversed.stream().map(Bars.Bar::code).toList();
        codes.getCategories().setAll(names);
        for (Bars.Bar b : reversed) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(b.value(), b.code());
            d.nodeProperty().addListener((o, was, node) -> decorate(node, b));
            series.getData().add(d);
        }
        chart.getData().setAll(List.of(series));
        chart.setMinHeight(Math.max(320, bars.bars().size() * ROW + 110));
        chart.setPrefHeight(chart.getMinHeight());
    }

    private void decorate(Node node, Bars.Bar b) {
        if (node == null) {
            return;
        }
        double[] rgb = BarsPainter.rgb(b.color());
        node.setStyle(String.format(
                java.util.Locale.ROOT,
                "-fx-bar-fill: rgb(%d,%d,%d);",
                Math.round(rgb[0] * 255),
                Math.round(rgb[1] * 255),
                Math.round(rgb[2] * 255)));
        node.getStyleClass().add("frequency-bar");
        node.setUserData(b.code());
        Tooltip.install(node, new Tooltip(b.code() + ": " + format(b.value()) + " (click for the segments)"));
        node.setOnMouseClicked(e -> vm.open(b.code()));
        node.setCursor(javafx.scene.Cursor.HAND);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }

    /** The chart, for tests and screenshots. */
    public BarChart<Number, String> chart() {
        return chart;
    }

    public Node node() {
        return root;
    }
}
