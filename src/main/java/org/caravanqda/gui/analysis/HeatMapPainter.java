package org.caravanqda.gui.analysis;

import java.util.List;

/**
 * Lays out and draws a {@link HeatMap}: title, a legend (the colour scale from 0 to its maximum
 * and what it measures), column labels (across when they fit, else slanted), row labels as the
 * codebook shows codes (a sub-code indented under its parent, top-level codes bold), and the
 * cells with their figures (blank for none). The same layout maps a click back to a cell.
 */
final class HeatMapPainter {
    static final double PAD = 12;
    static final double MAX_LABEL = 300;
    private static final double INDENT = 14;
    private static final double TITLE = 16;
    private static final double LEGEND_BAR = 180;
    private static final double SLANT = 45;

    final HeatMap map;
    final double cellW;
    final double cellH;
    final double left;
    final double top;
    final boolean slanted;
    final double width;
    final double height;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final double legendY;

    HeatMapPainter(HeatMap map, Pen pen) {
        this.map = map;
        int rows = map.rows().size();
        int columns = map.columns().size();
        this.rowLabels = map.rows().stream().map(HeatMapPainter::leaf).toList();
        this.columnLabels = map.codeColumns()
                ? map.columns().stream().map(HeatMapPainter::leaf).toList()
                : map.columns();
        double rowLabel = 0;
        for (int r = 0; r < rows; r++) {
            rowLabel =
                    Math.max(rowLabel, indent(r) + Math.min(MAX_LABEL, pen.textWidth(rowLabels.get(r), depth(r) == 1)));
        }
        double columnLabel = Math.min(
                MAX_LABEL,
                columnLabels.stream()
                        .mapToDouble(c -> pen.textWidth(c, false))
                        .max()
                        .orElse(20));
        double figure = pen.textWidth(map.percent() ? "100%" : "888", false) + 10;
        boolean across = columns <= 12 && columnLabel + 12 <= 150;
        this.slanted = !across;
        this.cellH = rows > 40 ? 18 : 24;
        this.cellW = across ? Math.max(Math.max(figure, 48), columnLabel + 12) : Math.max(cellH, Math.min(figure, 44));
        this.left = PAD + Math.max(rowLabel, 60) + 10;
        this.legendY = PAD + TITLE + 10;
        double legend = legendY + 14 + 14;
        double rise = Math.sin(Math.toRadians(SLANT));
        this.top = legend + (across ? 22 : columnLabel * rise + 14);
        double legendWidth = 22 + LEGEND_BAR + 50 + pen.textWidth(map.legend(), false) + (anyMuted() ? 240 : 0);
        double grid = left + columns * cellW + PAD + (across ? 0 : columnLabel * rise);
        this.width = Math.max(grid, PAD + Math.max(legendWidth, pen.textWidth(map.title(), true)) + PAD);
        this.height = top + rows * cellH + PAD;
    }

    /** A code path's last name ("Exit as voice/Silent protest" -> "Silent protest"). */
    static String leaf(String path) {
        return org.caravanqda.model.CodePath.parse(path).leaf(); // a '/' inside a name is escaped
    }

    private int depth(int row) {
        return org.caravanqda.model.CodePath.parse(map.rows().get(row)).depth();
    }

    private double indent(int row) {
        return (depth(row) - 1) * INDENT;
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
        // the figures repeat ("1", "2", "50%"): each is measured once
        java.util.Map<String, Double> figureWidths = new java.util.HashMap<>();
        pen.color(1, 1, 1);
        pen.fillRect(0, 0, width, height);
        pen.color(0.1, 0.1, 0.1);
        pen.text(map.title(), PAD, PAD + TITLE - 3, 15, true);
        legend(pen);
        double max = map.max();
        int rows = map.rows().size();
        int columns = map.columns().size();
        pen.color(0.15, 0.15, 0.15);
        for (int c = 0; c < columns; c++) {
            String label = pen.fit(columnLabels.get(c), MAX_LABEL, false);
            if (slanted) {
                pen.rotatedText(label, left + c * cellW + cellW / 2 - 2, top - 6, Pen.FONT, SLANT);
            } else {
                double w = pen.textWidth(label, false);
                pen.text(label, left + c * cellW + (cellW - w) / 2, top - 8, Pen.FONT, false);
            }
        }
        for (int r = 0; r < rows; r++) {
            double y = top + r * cellH;
            pen.color(0.15, 0.15, 0.15);
            boolean topLevel = depth(r) == 1;
            String label = pen.fit(rowLabels.get(r), MAX_LABEL, topLevel);
            pen.text(label, PAD + indent(r), y + cellH / 2 + 4, Pen.FONT, topLevel);
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
                if (v == 0) {
                    continue; // blank: the pattern shows better without a sea of zeros
                }
                String text = map.text(r, c);
                double tw = figureWidths.computeIfAbsent(text, t -> pen.textWidth(t, false));
                if (tw + 4 <= cellW) {
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
        // white lines between the cells: drawn once per row and column, not once per cell
        pen.color(1, 1, 1);
        for (int r = 0; r <= rows; r++) {
            pen.line(left, top + r * cellH, left + columns * cellW, top + r * cellH);
        }
        for (int c = 0; c <= columns; c++) {
            pen.line(left + c * cellW, top, left + c * cellW, top + rows * cellH);
        }
        // a light rule between top-level codes, so the codebook's groups show
        pen.color(0.55, 0.55, 0.55);
        for (int r = 1; r < rows; r++) {
            if (depth(r) == 1) {
                pen.line(PAD, top + r * cellH, left + columns * cellW, top + r * cellH);
            }
        }
    }

    private void legend(Pen pen) {
        double x = PAD;
        double y = legendY;
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
