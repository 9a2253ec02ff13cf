package org.caravanqda.gui.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/**
 * Writes a chart as SVG for a paper: the painters draw the chart's data on Batik's
 * {@link SVGGraphics2D}, which writes vector shapes and real text (it scales for print, and the
 * labels can still be edited or searched).
 */
final class ChartSvg {
    private ChartSvg() {}

    /** {@code chart}: {@link Bars} or {@link HeatMap}. */
    static void write(Object chart, Path file) throws IOException {
        Files.writeString(file, svg(chart), StandardCharsets.UTF_8);
    }

    static String svg(Object chart) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        AwtPen pen = new AwtPen(g);
        double w;
        double h;
        if (chart instanceof HeatMap m) {
            HeatMapPainter p = new HeatMapPainter(m, pen);
            p.paint(pen);
            w = p.width;
            h = p.height;
        } else if (chart instanceof Bars b) {
            BarsPainter p = new BarsPainter(b, pen);
            p.paint(pen);
            w = p.width;
            h = p.height;
        } else {
            throw new IllegalArgumentException("not a chart: " + chart);
        }
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(w), (int) Math.ceil(h)));
        java.io.StringWriter out = new java.io.StringWriter();
        stream(g, out);
        return out.toString();
    }

    private static void stream(SVGGraphics2D g, Writer out) throws IOException {
        g.stream(out, true);
    }

    /** A {@link Pen} over a Graphics2D (Batik's SVG one here). */
    static final class AwtPen implements Pen {
        private final Graphics2D g;
        private final Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, (int) FONT);
        private final Font bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) FONT);

        private final java.util.Map<Long, Font> fonts = new java.util.HashMap<>();

        private Font font(double size, boolean b) {
            int px = (int) Math.round(size);
            return fonts.computeIfAbsent(
                    px * 2L + (b ? 1 : 0), k -> new Font(Font.SANS_SERIF, b ? Font.BOLD : Font.PLAIN, px));
        }

        AwtPen(Graphics2D g) {
            this.g = g;
            g.setStroke(new BasicStroke(1f));
        }

        @Override
        public double textWidth(String text, boolean b) {
            return g.getFontMetrics(b ? bold : plain).getStringBounds(text, g).getWidth();
        }

        @Override
        public void color(double r, double gr, double b) {
            g.setColor(new Color((float) r, (float) gr, (float) b));
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
            g.fill(new Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void strokeRect(double x, double y, double w, double h) {
            g.draw(new Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2) {
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(String text, double x, double y, double size, boolean b) {
            g.setFont(font(size, b));
            g.drawString(text, (float) x, (float) y);
        }

        @Override
        public void rotatedText(String text, double x, double y, double size, double degrees) {
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            g.rotate(-Math.toRadians(degrees));
            g.setFont(font(size, false));
            g.drawString(text, 0f, 0f);
            g.setTransform(saved);
        }
    }
}
