package org.caravanqda.gui.analysis;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** Code x attribute: the attribute, what to count and how to show it; a heat map above the table. */
public final class MatrixView {
    private final HeatMapView map;
    private final Node root;

    public MatrixView(MatrixViewModel vm) {
        map = new HeatMapView(vm::open);
        ComboBox<String> by = new ComboBox<>(vm.attributes());
        by.setId("matrix-attribute");
        by.valueProperty().bindBidirectional(vm.byProperty());
        by.valueProperty().addListener((o, a, b) -> {
            if (a != null && b != null && !a.equals(b)) {
                vm.refresh();
            }
        });
        ChoiceBox<MatrixViewModel.Measure> measure =
                new ChoiceBox<>(FXCollections.observableArrayList(MatrixViewModel.Measure.values()));
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        ChoiceBox<Display> display = new ChoiceBox<>(FXCollections.observableArrayList(Display.values()));
        display.setId("matrix-display");
        display.valueProperty().bindBidirectional(vm.displayProperty());
        GridTable table = new GridTable(cell -> vm.open(cell[0], cell[1] - 1));
        root = new AnalysisPane(
                        vm,
                        List.of(new Label("By:"), by, new Label("Count:"), measure, new Label("Show:"), display),
                        map.node(),
                        map::canvas,
                        table)
                .node();
        vm.heatMapProperty().addListener((o, a, m) -> map.show(m));
        map.show(vm.heatMapProperty().get());
    }

    public HeatMapView heatMap() {
        return map;
    }

    /** The heat map's data as shown. */
    public HeatMap heatMapData() {
        return map.map();
    }

    public Node node() {
        return root;
    }
}
