package org.caravanqda.app.port;

/** A column of the segments table; its kind decides width, wrapping and number format in a spreadsheet. */
public record SegmentColumn(String name, Kind kind) {
    public enum Kind {
        /** names, codes, speakers: one line */
        LABEL,
        /** coded text, memos, context: wrapped */
        TEXT,
        /** offsets, numeric attributes */
        NUMBER,
        /** attribute dates */
        DATE,
        /** creation time (UTC) */
        TIME,
        /** yes/no attributes */
        FLAG
    }
}
