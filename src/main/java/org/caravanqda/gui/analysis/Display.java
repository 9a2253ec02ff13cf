package org.caravanqda.gui.analysis;

/** What a heat map's cells show: the counts, or shares of them. */
public enum Display {
    COUNTS("Counts"),
    PERCENT_OF_DOCUMENTS("% of documents"),
    ROW_PERCENT("Row %"),
    COLUMN_PERCENT("Column %");

    private final String label;

    Display(String label) {
        this.label = label;
    }

    public boolean percent() {
        return this != COUNTS;
    }

    @Override
    public String toString() {
        return label;
    }
}
