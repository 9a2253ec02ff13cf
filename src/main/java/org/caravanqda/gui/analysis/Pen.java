package org.caravanqda.gui.analysis;

/**
 * What the chart painters draw with, so one painter draws a heat map on the screen (a JavaFX
 * canvas) and into an SVG file (Batik's Graphics2D) alike. Coordinates in pixels, text at its
 * baseline; colours as red, green, blue in 0..1.
 */
interface Pen {
    double FONT = 12;

    double textWidth(String text, boolean bold);

    void color(double r, double g, double b);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void line(double x1, double y1, double x2, double y2);

    /** Text from (x, y) on its baseline; {@code size} in pixels. */
    void text(String text, double x, double y, double size, boolean bold);

    /** Text turned {@code degrees} anticlockwise about its start (x, y), e.g. 45 to read up to the right. */
    void rotatedText(String text, double x, double y, double size, double degrees);

    /** {@code text} cut with an ellipsis to fit {@code width}. */
    default String fit(String text, double width, boolean bold) {
        if (textWidth(text, bold) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && textWidth(t + "…", bold) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
