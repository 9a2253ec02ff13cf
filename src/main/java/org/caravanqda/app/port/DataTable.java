package org.caravanqda.app.port;

import java.util.List;

/**
 * A finished analysis table, the same for the terminal, CSV, JSON and a spreadsheet sheet.
 * Cells are String, Number, Boolean, {@link java.time.LocalDate}, {@link java.time.Instant},
 * {@link Filled} or null. {@code labelColumns} leading columns name the row (frozen in a
 * spreadsheet); {@code heat} lists column ranges a spreadsheet colours as a heat map.
 */
public record DataTable(
        String name, List<String> header, List<List<Object>> rows, int labelColumns, List<Columns> heat) {
    public DataTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        heat = List.copyOf(heat);
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive). */
    public record Columns(int from, int to) {}

    /** A cell shown on a background colour ("#RRGGBB"), e.g. a code's colour in the codebook. */
    public record Filled(Object value, String color) {
        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }
}
