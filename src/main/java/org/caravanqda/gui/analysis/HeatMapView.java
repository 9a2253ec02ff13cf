package org.caravanqda.gui.analysis;

import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A heat map on a canvas (10,000 cells stay one node), in a scroll pane; a click on a cell
 * calls back with its row and column, hovering shows the cell's codes and figure.
 */
public final class HeatMapView {
    private final Canvas canvas = new Canvas();
    private final ScrollPane scroll = new ScrollPane(canvas);
    private final Tooltip tip = new Tooltip();
    private HeatMapPainter painter;

    HeatMapView(BiConsumer<Integer, Integer> onCell) {
        canvas.setId("heat-map");
        scroll.setPannable(false);
        scroll.getStyleClass().add("chart-scroll");
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseClicked(e -> {
            int[] cell = painter == null ? null : painter.cellAt(e.getX(), e.getY());
            if (cell != null) {
                onCell.accept(cell[0], cell[1]);
            }
        });
        canvas.setOnMouseMoved(e -> {
            int[] cell = painter == null ? null : painter.cellAt(e.getX(), e.getY());
            canvas.setCursor(cell == null ? Cursor.DEFAULT : Cursor.HAND);
            if (cell != null) {
                HeatMap m = painter.map;
                tip.setText(m.rows().get(cell[0]) + "\n× " + m.columns().get(cell[1]) + "\n" + m.text(cell[0], cell[1])
                        + " (click for the segments)");
            } else {
                tip.setText("");
            }
        });
    }

    void show(HeatMap map) {
        painter = new HeatMapPainter(map, FxPen.measuring());
        canvas.setWidth(Math.ceil(painter.width));
        canvas.setHeight(Math.ceil(painter.height));
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        painter.paint(new FxPen(canvas.getGraphicsContext2D()));
    }

    /** The centre of a cell in the canvas's coordinates (for tests and screenshots). */
    public double[] centreOf(int row, int column) {
        return painter.centre(row, column);
    }

    /** The heat map shown. */
    public HeatMap map() {
        return painter == null ? null : painter.map;
    }

    public Canvas canvas() {
        return canvas;
    }

    public ScrollPane scroll() {
        return scroll;
    }

    ScrollPane node() {
        return scroll;
    }
}
