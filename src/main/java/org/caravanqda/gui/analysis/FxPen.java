package org.caravanqda.gui.analysis;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A {@link Pen} over a JavaFX canvas. */
final class FxPen implements Pen {
    private static final Font PLAIN = Font.font(Font.getDefault().getFamily(), FONT);
    private static final Font BOLD = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, FONT);
    private final GraphicsContext g;
    private final Text measure = new Text();

    FxPen(GraphicsContext g) {
        this.g = g;
        if (g != null) {
            g.setTextBaseline(VPos.BASELINE);
            g.setTextAlign(TextAlignment.LEFT);
            g.setLineWidth(1);
        }
    }

    private final java.util.Map<Long, Font> fonts = new java.util.HashMap<>();

    private Font font(double size, boolean bold) {
        if (size == FONT) {
            return bold ? BOLD : PLAIN;
        }
        long key = Math.round(size * 10) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(
                key, k -> Font.font(PLAIN.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    /** A pen that only measures (to lay out before the canvas exists). */
    static FxPen measuring() {
        return new FxPen(null);
    }

    @Override
    public double textWidth(String text, boolean bold) {
        measure.setFont(bold ? BOLD : PLAIN);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void color(double r, double gr, double b) {
        Color c = Color.color(r, gr, b);
        g.setFill(c);
        g.setStroke(c);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x + 0.5, y + 0.5, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1 + 0.5, y1 + 0.5, x2 + 0.5, y2 + 0.5);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold) {
        g.setFont(font(size, bold));
        g.fillText(text, x, y);
    }

    @Override
    public void rotatedText(String text, double x, double y, double size, double degrees) {
        g.save();
        g.translate(x, y);
        g.rotate(-degrees);
        g.setFont(font(size, false));
        g.fillText(text, 0, 0);
        g.restore();
    }
}
