package org.caravanqda.gui.analysis;

/**
 * Lays out and draws a {@link HeatMap}: title, a legend (the colour scale from 0 to its maximum
 * and what it measures), column labels (across when they fit, else upright), row labels, and the
 * cells with their figures. The same layout maps a click back to a cell.
 */
final class HeatMapPainter {
    static final double PAD = 12;
    static final double MAX_LABEL = 300;
    private static final double TITLE = 16;
    private static final double LEGEND_BAR = 180;

    final HeatMap map;
    final double cellW;
    final double cellH;
    final double left;
    final double top;
    final boolean upright;
    final double width;
    final double height;
    private final double[] legendAt;

    HeatMapPainter(HeatMap map, Pen pen) {
        this.map = map;
        int rows = map.rows().size();
        int columns = map.columns().size();
        double rowLabel = map.rows().stream()
                .mapToDouble(r -> pen.textWidth(r, false))
                .max()
                .orElse(40);
        double columnLabel = map.columns().stream()
                .mapToDouble(c -> pen.textWidth(c, false))
                .max()
                .orElse(20);
        double figure = pen.textWidth(map.percent() ? "100%" : "8888", false) + 8;
        boolean across = columns <= 12 && columnLabel + 10 <= 140;
        this.upright = !across;
        this.cellH = rows > 40 ? 18 : 24;
        this.cellW = across ? Math.max(figure, columnLabel + 10) : Math.max(cellH, Math.min(figure, 44));
        this.left = PAD + Math.min(rowLabel, MAX_LABEL) + 8;
        double legend = PAD + TITLE + 10 + 16 + 10;
        this.top = legend + (across ? 22 : Math.min(columnLabel, MAX_LABEL) + 10);
        this.legendAt = new double[] {PAD, PAD + TITLE + 10};
        double legendWidth = LEGEND_BAR + 60 + pen.textWidth(map.legend(), false) + (anyMuted() ? 260 : 0);
        this.width = Math.max(
                left + columns * cellW + PAD, PAD + Math.max(legendWidth, pen.textWidth(map.title(), true)) + PAD);
        this.height = top + rows * cellH + PAD;
    }

    private boolean anyMuted() {
        for (boolean[] row : map.muted()) {
            for (boolean m : row) {
                if (m) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cell under (x, y) as {row, column}, or null. */
    int[] cellAt(double x, double y) {
        if (x < left || y < top) {
            return null;
        }
        int c = (int) ((x - left) / cellW);
        int r = (int) ((y - top) / cellH);
        return r < map.rows().size() && c < map.columns().size() ? new int[] {r, c} : null;
    }

    /** The centre of a cell, for tests that click it. */
    double[] centre(int row, int column) {
        return new double[] {left + (column + 0.5) * cellW, top + (row + 0.5) * cellH};
    }

    void paint(Pen pen) {
        pen.color(1, 1, 1);
        pen.fillRect(0, 0, width, height);
        pen.color(0.1, 0.1, 0.1);
        pen.text(map.title(), PAD, PAD + TITLE - 3, 15, true);
        legend(pen);
        double max = map.max();
        int rows = map.rows().size();
        int columns = map.columns().size();
        for (int c = 0; c < columns; c++) {
            String label = map.columns().get(c);
            pen.color(0.15, 0.15, 0.15);
            if (upright) {
                pen.verticalText(pen.fit(label, MAX_LABEL, false), left + c * cellW + cellW / 2 + 4, top - 6, Pen.FONT);
            } else {
                double w = pen.textWidth(label, false);
                pen.text(label, left + c * cellW + (cellW - w) / 2, top - 8, Pen.FONT, false);
            }
        }
        for (int r = 0; r < rows; r++) {
            double y = top + r * cellH;
            pen.color(0.15, 0.15, 0.15);
            String label = pen.fit(map.rows().get(r), MAX_LABEL, false);
            pen.text(label, left - 8 - pen.textWidth(label, false), y + cellH / 2 + 4, Pen.FONT, false);
            for (int c = 0; c < columns; c++) {
                double x = left + c * cellW;
                double v = map.values()[r][c];
                boolean muted = map.muted()[r][c];
                double share = v / max;
                if (muted) {
                    pen.color(0.88, 0.88, 0.88);
                } else {
                    double[] rgb = HeatMap.rgb(share);
                    pen.color(rgb[0], rgb[1], rgb[2]);
                }
                pen.fillRect(x, y, cellW, cellH);
                pen.color(1, 1, 1);
                pen.strokeRect(x, y, cellW, cellH);
                String text = map.text(r, c);
                double tw = pen.textWidth(text, false);
                if (tw + 4 <= cellW && (v != 0 || !map.percent())) {
                    if (muted) {
                        pen.color(0.45, 0.45, 0.45);
                    } else if (share > 0.55) {
                        pen.color(1, 1, 1);
                    } else {
                        pen.color(0.1, 0.1, 0.1);
                    }
                    pen.text(text, x + (cellW - tw) / 2, y + cellH / 2 + 4, cellH < 20 ? 10 : Pen.FONT, false);
                }
            }
        }
    }

    private void legend(Pen pen) {
        double x = legendAt[0];
        double y = legendAt[1];
        int steps = 24;
        for (int i = 0; i < steps; i++) {
            double[] rgb = HeatMap.rgb((i + 0.5) / steps);
            pen.color(rgb[0], rgb[1], rgb[2]);
            pen.fillRect(x + 22 + i * LEGEND_BAR / steps, y, LEGEND_BAR / steps + 0.5, 14);
        }
        pen.color(0.6, 0.6, 0.6);
        pen.strokeRect(x + 22, y, LEGEND_BAR, 14);
        pen.color(0.1, 0.1, 0.1);
        pen.text("0", x + 22 - 4 - pen.textWidth("0", false), y + 11, Pen.FONT, false);
        String max = map.percent() ? String.format("%.0f%%", map.max()) : String.format("%d", Math.round(map.max()));
        pen.text(max, x + 22 + LEGEND_BAR + 4, y + 11, Pen.FONT, false);
        double after = x + 22 + LEGEND_BAR + 8 + pen.textWidth(max, false) + 14;
        pen.text(map.legend(), after, y + 11, Pen.FONT, false);
        if (anyMuted()) {
            double mx = after + pen.textWidth(map.legend(), false) + 20;
            pen.color(0.88, 0.88, 0.88);
            pen.fillRect(mx, y, 14, 14);
            pen.color(0.1, 0.1, 0.1);
            pen.text("a code with itself or its parent", mx + 20, y + 11, Pen.FONT, false);
        }
    }
}
