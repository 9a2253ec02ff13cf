package org.caravanqda.gui.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

/**
 * One paragraph's part of the coding margin. Each stripe runs from the line where its coding
 * starts to the line where it ends (read from the paragraph's own text layout, so it follows
 * wrapping); each label stands at the line where its coding starts, below the labels before it.
 * Labels that do not fit in the paragraph's height are counted in a "+N" badge that opens a list
 * of them. A click on a stripe, a label or an entry of that list selects the coding.
 */
final class MarginCell {
    static final double LABEL_WIDTH = 150;
    static final double LANE_WIDTH = 6;
    private static final double BADGE_WIDTH = 30;
    private static final int MAX_LANES = 10;
    /** Before the name of a coding that has a memo. */
    static final String MEMO_MARK = "✎ ";

    private MarginCell() {}

    /**
     * Where a character of the text is on screen (the area's own geometry, the one its highlights
     * are drawn with); empty while its paragraph is not laid out.
     */
    interface Geometry {
        java.util.Optional<javafx.geometry.Bounds> characterOnScreen(int offset);
    }

    /** Codings of one code beginning at one place (e.g. by two coders) share one label: "Code ×2". */
    record LabelGroup(List<CodingMark> marks) {
        CodingMark first() {
            return marks.get(0);
        }

        String text() {
            boolean memo =
                    marks.stream().anyMatch(m -> m.memo() != null && !m.memo().isBlank());
            return (memo ? MEMO_MARK : "") + first().codeName() + (marks.size() > 1 ? " ×" + marks.size() : "");
        }
    }

    static Node of(Margin margin, int paragraph, Geometry geometry, Consumer<List<CodingMark>> select) {
        List<Margin.Stripe> stripes = margin.stripes(paragraph);
        int paragraphStart = margin.paragraphStart(paragraph);
        Map<String, List<CodingMark>> starting = new LinkedHashMap<>();
        stripes.stream()
                .filter(Margin.Stripe::first)
                .map(Margin.Stripe::mark)
                .sorted(java.util.Comparator.comparingInt(CodingMark::start))
                .forEach(m -> starting.computeIfAbsent(m.codePath() + "@" + m.start(), k -> new ArrayList<>())
                        .add(m));
        List<LabelGroup> groups =
                starting.values().stream().map(LabelGroup::new).toList();

        Labels labels = new Labels(groups, paragraphStart, geometry, select);
        Lanes lanes = new Lanes(margin, stripes, paragraphStart, geometry, select);
        HBox cell = new HBox(4, labels, lanes);
        cell.getStyleClass().add("coding-margin");
        // the text wraps anew when the window is resized: lay the stripes and labels out again then
        cell.parentProperty().addListener((o, a, p) -> {
            TextFlow flow = flowBeside(cell);
            if (flow != null) {
                flow.widthProperty().addListener((w, x, y) -> {
                    labels.requestLayout();
                    lanes.requestLayout();
                });
            }
        });
        return cell;
    }

    /** The paragraph's text, beside the margin in the same paragraph box. */
    static TextFlow flowBeside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Parent p = n.getParent();
            if (p == null) {
                return null;
            }
            for (Node sibling : p.getChildrenUnmodifiable()) {
                if (sibling instanceof TextFlow flow) {
                    return flow;
                }
            }
        }
        return null;
    }

    /**
     * Top and bottom, in {@code target}'s coordinates, of the line holding the character at
     * {@code column} of the paragraph; null when the text is not laid out yet.
     */
    static double[] lineOf(Node target, Geometry geometry, int offset, int paragraphStart) {
        var onScreen = geometry.characterOnScreen(offset);
        if (onScreen.isPresent() && target.getScene() != null) {
            javafx.geometry.Bounds b = target.screenToLocal(onScreen.get());
            if (b != null) {
                return new double[] {b.getMinY(), b.getMaxY()};
            }
        }
        return lineInFlow(target, offset - paragraphStart);
    }

    /**
     * While the area cannot yet say where this paragraph's characters are (its cell is being laid
     * out for the first time), the text flow's estimate is used and the pane laid out again on the
     * next pulse, a few times at most.
     */
    private static int laidOutAgainLater(Parent pane, Geometry geometry, int paragraphStart, int retries) {
        if (retries < 3 && geometry.characterOnScreen(paragraphStart).isEmpty()) {
            javafx.application.Platform.runLater(pane::requestLayout);
            return retries + 1;
        }
        return retries;
    }

    /** The same from the paragraph's text flow, before the area can say where the character is. */
    private static double[] lineInFlow(Node target, int column) {
        TextFlow flow = flowBeside(target);
        if (flow == null) {
            return null;
        }
        int length = textLength(flow);
        if (length == 0) {
            return null;
        }
        int c = Math.max(0, Math.min(column, length - 1));
        PathElement[] shape = flow.rangeShape(c, c + 1);
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (PathElement e : shape) {
            double y = e instanceof MoveTo m ? m.getY() : e instanceof LineTo l ? l.getY() : Double.NaN;
            if (!Double.isNaN(y)) {
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
        }
        if (top > bottom) {
            return null;
        }
        Point2D t = target.sceneToLocal(flow.localToScene(0, top));
        Point2D b = target.sceneToLocal(flow.localToScene(0, bottom));
        return t == null || b == null ? null : new double[] {t.getY(), b.getY()};
    }

    private static int textLength(TextFlow flow) {
        int n = 0;
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text t && child.isManaged()) {
                n += t.getText() == null ? 0 : t.getText().length();
            }
        }
        return n;
    }

    /** The names of the codings beginning in this paragraph, each at its line. */
    static final class Labels extends Pane {
        private final List<LabelGroup> groups;
        private final List<Label> nodes = new ArrayList<>();
        private final Label more = new Label();
        private final int paragraphStart;
        private final Geometry geometry;
        private final Consumer<List<CodingMark>> select;
        private List<LabelGroup> hidden = List.of();

        Labels(List<LabelGroup> groups, int paragraphStart, Geometry geometry, Consumer<List<CodingMark>> select) {
            this.groups = groups;
            this.paragraphStart = paragraphStart;
            this.geometry = geometry;
            this.select = select;
            setMinWidth(LABEL_WIDTH);
            setPrefWidth(LABEL_WIDTH);
            setMaxWidth(LABEL_WIDTH);
            setMinHeight(0);
            setPrefHeight(0);
            for (LabelGroup g : groups) {
                Label l = label(g);
                nodes.add(l);
                getChildren().add(l);
            }
            more.getStyleClass().add("margin-more");
            more.setCursor(Cursor.HAND);
            more.setVisible(false);
            more.setOnMouseClicked(e -> {
                overflowMenu().show(more, Side.BOTTOM, 0, 0);
                e.consume();
            });
            getChildren().add(more);
        }

        private Label label(LabelGroup g) {
            CodingMark m = g.first();
            Label l = new Label(g.text());
            l.getStyleClass().add("margin-label");
            if (g.text().startsWith(MEMO_MARK)) {
                l.getStyleClass().add("margin-memo");
            }
            l.setStyle("-fx-text-fill: " + Colors.textOn(m.color(), "#ffffff") + ";");
            l.setMaxWidth(LABEL_WIDTH);
            l.setCursor(Cursor.HAND);
            List<String> memos = g.marks().stream()
                    .map(CodingMark::memo)
                    .filter(x -> x != null && !x.isBlank())
                    .toList();
            l.setTooltip(new Tooltip(m.codePath() + "\n"
                    + String.join(
                            ", ", g.marks().stream().map(CodingMark::coder).toList())
                    + (memos.isEmpty() ? "" : "\n\nMemo: " + String.join("\n\n", memos))));
            l.setOnMouseClicked(e -> {
                select.accept(g.marks());
                e.consume();
            });
            return l;
        }

        /** The hidden codings, one entry each; choosing one selects it. */
        ContextMenu overflowMenu() {
            ContextMenu menu = new ContextMenu();
            for (LabelGroup g : hidden) {
                CodingMark m = g.first();
                MenuItem item = new MenuItem(m.codePath() + " · "
                        + String.join(
                                ", ", g.marks().stream().map(CodingMark::coder).toList()));
                Region swatch = new Region();
                swatch.setPrefSize(10, 10);
                swatch.setStyle("-fx-background-color: " + Colors.safe(m.color()) + ";");
                item.setGraphic(swatch);
                item.getStyleClass().add("margin-overflow-item");
                item.setOnAction(e -> select.accept(g.marks()));
                menu.getItems().add(item);
            }
            return menu;
        }

        /** The label groups counted in the "+N" badge, not shown. */
        List<LabelGroup> hidden() {
            return hidden;
        }

        private int retries;

        @Override
        protected void layoutChildren() {
            retries = laidOutAgainLater(this, geometry, paragraphStart, retries);
            double height = getHeight();
            double next = 0;
            int shown = 0;
            List<LabelGroup> over = new ArrayList<>();
            double lastY = 0;
            for (int i = 0; i < nodes.size(); i++) {
                Label l = nodes.get(i);
                double h = l.prefHeight(-1);
                double w = Math.min(l.prefWidth(-1), LABEL_WIDTH);
                double[] line = lineOf(this, geometry, groups.get(i).first().start(), paragraphStart);
                double y = Math.max(next, line == null ? 0 : line[0]);
                boolean fits = shown == 0 || y + h <= height + 0.5;
                if (fits && over.isEmpty()) {
                    l.setVisible(true);
                    l.resizeRelocate(LABEL_WIDTH - w, y, w, h);
                    next = y + h;
                    lastY = y;
                    shown++;
                } else {
                    l.setVisible(false);
                    over.add(groups.get(i));
                }
            }
            hidden = List.copyOf(over);
            more.setVisible(!over.isEmpty());
            if (!over.isEmpty()) {
                String text = "+" + over.size();
                if (!text.equals(more.getText())) {
                    more.setText(text);
                }
                more.setTooltip(new Tooltip(String.join(
                        "\n", over.stream().map(g -> g.first().codePath()).toList())));
                more.resizeRelocate(0, lastY, BADGE_WIDTH - 4, more.prefHeight(-1));
                // the last label shown makes room for the badge beside it
                Label last = nodes.get(shown - 1);
                double w = Math.min(last.prefWidth(-1), LABEL_WIDTH - BADGE_WIDTH);
                last.resizeRelocate(LABEL_WIDTH - w, lastY, w, last.prefHeight(-1));
            }
        }
    }

    /** One column per lane; each coding's bar from its first line to its last in this paragraph. */
    static final class Lanes extends Pane {
        private final List<Margin.Stripe> stripes = new ArrayList<>();
        private final int paragraphStart;
        private final Geometry geometry;

        Lanes(
                Margin margin,
                List<Margin.Stripe> all,
                int paragraphStart,
                Geometry geometry,
                Consumer<List<CodingMark>> select) {
            this.paragraphStart = paragraphStart;
            this.geometry = geometry;
            int lanes = Math.min(MAX_LANES, margin.lanes());
            setMinWidth(lanes * LANE_WIDTH + 8);
            setPrefWidth(lanes * LANE_WIDTH + 8);
            setMinHeight(0);
            setPrefHeight(0);
            for (Margin.Stripe s : all) {
                if (s.lane() >= MAX_LANES) {
                    continue;
                }
                Region bar = new Region();
                bar.getStyleClass().add("margin-stripe");
                bar.setStyle("-fx-background-color: " + margin.stripeColor(s.mark()) + "; -fx-background-radius: 2;");
                bar.setCursor(Cursor.HAND);
                bar.setUserData(s);
                Tooltip.install(
                        bar, new Tooltip(s.mark().codePath() + "\n" + s.mark().coder()));
                bar.setOnMouseClicked(e -> {
                    select.accept(List.of(s.mark()));
                    e.consume();
                });
                stripes.add(s);
                getChildren().add(bar);
            }
        }

        private int retries;

        @Override
        protected void layoutChildren() {
            retries = laidOutAgainLater(this, geometry, paragraphStart, retries);
            double height = getHeight();
            for (Node bar : getChildren()) {
                Margin.Stripe s = (Margin.Stripe) bar.getUserData();
                double top = 0;
                double bottom = height;
                if (s.first()) {
                    double[] line = lineOf(this, geometry, s.mark().start(), paragraphStart);
                    top = line == null ? 0 : Math.max(0, line[0]);
                }
                if (s.last()) {
                    double[] line = lineOf(
                            this, geometry, Math.max(s.mark().start(), s.mark().end() - 1), paragraphStart);
                    bottom = line == null ? height : Math.min(height, line[1]);
                }
                // a coding that goes on into the next paragraph runs to this one's bottom edge, unbroken
                bar.resizeRelocate(4 + s.lane() * LANE_WIDTH, top, LANE_WIDTH - 2, Math.max(2, bottom - top));
            }
        }

        /** The stripes drawn here, in child order. */
        List<Margin.Stripe> stripes() {
            return stripes;
        }
    }
}
