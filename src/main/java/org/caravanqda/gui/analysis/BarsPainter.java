package org.caravanqda.gui.analysis;

/** Draws {@link Bars} as horizontal bars with a scale, for the SVG file (the window shows a JavaFX bar chart). */
final class BarsPainter {
    private static final double PAD = 12;
    private static final double ROW = 22;
    private static final double PLOT = 480;

    final Bars bars;
    final double left;
    final double top;
    final double width;
    final double height;

    BarsPainter(Bars bars, Pen pen) {
        this.bars = bars;
        double label = bars.bars().stream()
                .mapToDouble(b -> pen.textWidth(b.code(), false))
                .max()
                .orElse(40);
        this.left = PAD + Math.min(label, HeatMapPainter.MAX_LABEL) + 10;
        this.top = PAD + 16 + 14;
        this.width = Math.max(left + PLOT + 60, PAD + pen.textWidth(bars.title(), true) + PAD);
        this.height = top + bars.bars().size() * ROW + 44;
    }

    void paint(Pen pen) {
        pen.color(1, 1, 1);
        pen.fillRect(0, 0, width, height);
        pen.color(0.1, 0.1, 0.1);
        pen.text(bars.title(), PAD, PAD + 13, 15, true);
        double max = niceMax(bars.max());
        double step = max / 5;
        double bottom = top + bars.bars().size() * ROW;
        for (int i = 0; i <= 5; i++) {
            double x = left + PLOT * i / 5;
            pen.color(0.88, 0.88, 0.88);
            pen.line(x, top, x, bottom);
            pen.color(0.3, 0.3, 0.3);
            String t = plain(step * i);
            pen.text(t, x - pen.textWidth(t, false) / 2, bottom + 14, Pen.FONT, false);
        }
        pen.text(bars.axis(), left + (PLOT - pen.textWidth(bars.axis(), false)) / 2, bottom + 32, Pen.FONT, false);
        for (int i = 0; i < bars.bars().size(); i++) {
            Bars.Bar b = bars.bars().get(i);
            double y = top + i * ROW;
            pen.color(0.15, 0.15, 0.15);
            String label = pen.fit(b.code(), HeatMapPainter.MAX_LABEL, false);
            pen.text(label, left - 8 - pen.textWidth(label, false), y + ROW / 2 + 4, Pen.FONT, false);
            double[] rgb = rgb(b.color());
            pen.color(rgb[0], rgb[1], rgb[2]);
            double w = max == 0 ? 0 : PLOT * b.value() / max;
            pen.fillRect(left, y + 3, w, ROW - 6);
            pen.color(0.1, 0.1, 0.1);
            pen.text(plain(b.value()), left + w + 4, y + ROW / 2 + 4, Pen.FONT, false);
        }
        pen.color(0.3, 0.3, 0.3);
        pen.line(left, top, left, bottom);
    }

    /** A code's colour ("#RRGGBB"), or a steel blue when it has none. */
    static double[] rgb(String color) {
        if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
            int v = Integer.parseInt(color.substring(1), 16);
            return new double[] {(v >> 16 & 0xff) / 255.0, (v >> 8 & 0xff) / 255.0, (v & 0xff) / 255.0};
        }
        return new double[] {0x31 / 255.0, 0x82 / 255.0, 0xbd / 255.0};
    }

    static double niceMax(double max) {
        if (max <= 0) {
            return 5;
        }
        double step = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= step - 1e-9) {
                return Math.max(5, m * magnitude * 5);
            }
        }
        return max;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
