package org.caravanqda.gui.analysis;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;

/** Co-occurrence: a code x code heat map above the table; a cell opens the passages where both codes overlap. */
public final class CooccurrenceView {
    private final HeatMapView map;
    private final Node root;

    public CooccurrenceView(CooccurrenceViewModel vm) {
        map = new HeatMapView(vm::open);
        ChoiceBox<Display> display = new ChoiceBox<>(FXCollections.observableArrayList(Display.values()));
        display.setId("cooccurrence-display");
        display.valueProperty().bindBidirectional(vm.displayProperty());
        GridTable table = new GridTable(cell -> vm.open(cell[0], cell[1] - 1));
        root = new AnalysisPane(vm, List.of(new Label("Show:"), display), map.node(), map::canvas, table).node();
        vm.heatMapProperty().addListener((o, a, m) -> map.show(m));
        map.show(vm.heatMapProperty().get());
    }

    /** The heat map, for tests and screenshots. */
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
