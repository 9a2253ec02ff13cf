package org.caravanqda.gui.analysis;

import java.util.List;

/**
 * A heat map's data: row and column labels, the value of each cell, and muted cells (a code with
 * itself or its own parent) that are shown grey and left out of the colour scale, which runs from
 * 0 to {@link #max()}. {@code legend} names what the colours measure. Rows are code paths;
 * {@code codeColumns} says the columns are too (co-occurrence), else they are attribute values.
 */
public record HeatMap(
        String title,
        List<String> rows,
        List<String> columns,
        double[][] values,
        boolean[][] muted,
        boolean percent,
        String legend,
        boolean codeColumns) {
    public HeatMap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    public static HeatMap empty(String title) {
        return new HeatMap(title, List.of(), List.of(), new double[0][0], new boolean[0][0], false, "", false);
    }

    /** The largest value of an unmuted cell (at least 1, so an empty map stays white). */
    public double max() {
        double max = 0;
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                if (!muted[r][c]) {
                    max = Math.max(max, values[r][c]);
                }
            }
        }
        return percent ? Math.max(max, 1e-9) : Math.max(max, 1);
    }

    /** A cell's text: whole numbers, or percentages with no decimals. */
    public String text(int row, int column) {
        double v = values[row][column];
        return percent ? String.format("%.0f%%", v) : String.format("%d", Math.round(v));
    }

    /** The colour of a value: white at 0 to a deep blue at the maximum (a sequential palette that prints in grey). */
    public static double[] rgb(double share) {
        double t = Math.max(0, Math.min(1, share));
        // from #f7fbff to #08306b (ColorBrewer "Blues" ends)
        return new double[] {
            (0xf7 + (0x08 - 0xf7) * t) / 255.0, (0xfb + (0x30 - 0xfb) * t) / 255.0, (0xff + (0x6b - 0xff) * t) / 255.0
        };
    }
}
