package org.caravanqda.gui.transcript;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One paragraph's part of the coding margin: the names of codings beginning here, and one stripe per lane. */
final class MarginCell {
    static final double LABEL_WIDTH = 170;
    static final double LANE_WIDTH = 6;
    private static final int MAX_LABELS = 4;
    private static final int MAX_LANES = 10;

    private MarginCell() {
    }

    static Node of(Margin margin, int paragraph) {
        List<Margin.Stripe> stripes = margin.stripes(paragraph);
        VBox labels = new VBox(1);
        labels.setAlignment(Pos.TOP_RIGHT);
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setMaxWidth(LABEL_WIDTH);
        List<Margin.Stripe> starting = stripes.stream().filter(Margin.Stripe::first).toList();
        for (int i = 0; i < Math.min(MAX_LABELS, starting.size()); i++) {
            CodingMark m = starting.get(i).mark();
            Label l = new Label(m.codeName());
            l.getStyleClass().add("margin-label");
            l.setStyle("-fx-text-fill: " + Colors.safe(m.color()) + ";");
            l.setTooltip(new Tooltip(m.codePath() + "\n" + m.coder()));
            labels.getChildren().add(l);
        }
        if (starting.size() > MAX_LABELS) {
            labels.getChildren().add(new Label("+" + (starting.size() - MAX_LABELS)));
        }
        int lanes = Math.min(MAX_LANES, margin.lanes());
        Pane lanePane = new Pane() {
            @Override
            protected void layoutChildren() {
                // each bar spans the paragraph's full height, so a coding reads as one unbroken stripe
                for (Node bar : getChildren()) {
                    bar.resizeRelocate(bar.getLayoutX(), 0, LANE_WIDTH - 2, getHeight());
                }
            }
        };
        lanePane.setMinWidth(lanes * LANE_WIDTH + 8);
        lanePane.setPrefWidth(lanes * LANE_WIDTH + 8);
        for (Margin.Stripe s : stripes) {
            if (s.lane() >= MAX_LANES) {
                continue;
            }
            Region bar = new Region();
            bar.setStyle("-fx-background-color: " + Colors.safe(s.mark().color()) + "; -fx-background-radius: 2;");
            bar.setLayoutX(4 + s.lane() * LANE_WIDTH);
            lanePane.getChildren().add(bar);
        }
        HBox cell = new HBox(4, labels, lanePane);
        cell.getStyleClass().add("coding-margin");
        return cell;
    }
}
