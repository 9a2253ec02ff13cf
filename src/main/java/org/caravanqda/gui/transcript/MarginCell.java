package org.caravanqda.gui.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One paragraph's part of the coding margin: the names of codings beginning here, and one stripe per lane. */
final class MarginCell {
    static final double LABEL_WIDTH = 170;
    static final double LANE_WIDTH = 6;
    private static final int MAX_LABELS = 4;
    private static final int MAX_LANES = 10;
    /** Before the name of a coding that has a memo. */
    static final String MEMO_MARK = "✎ ";

    private MarginCell() {}

    static Node of(Margin margin, int paragraph) {
        List<Margin.Stripe> stripes = margin.stripes(paragraph);
        VBox labels = new VBox(1);
        labels.setAlignment(Pos.TOP_RIGHT);
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setMaxWidth(LABEL_WIDTH);
        // codings of one code beginning here (e.g. by two coders) share one label: "Code ×2"
        Map<String, List<CodingMark>> starting = new LinkedHashMap<>();
        stripes.stream()
                .filter(Margin.Stripe::first)
                .forEach(st -> starting.computeIfAbsent(st.mark().codePath(), k -> new ArrayList<>())
                        .add(st.mark()));
        int shown = 0;
        for (List<CodingMark> same : starting.values()) {
            if (shown++ == MAX_LABELS) {
                labels.getChildren().add(new Label("+" + (starting.size() - MAX_LABELS)));
                break;
            }
            CodingMark m = same.get(0);
            // a coding with a memo gets a small pen before its name, the memo in the tooltip
            List<String> memos = same.stream()
                    .map(CodingMark::memo)
                    .filter(x -> x != null && !x.isBlank())
                    .toList();
            Label l = new Label(
                    (memos.isEmpty() ? "" : MEMO_MARK) + m.codeName() + (same.size() > 1 ? " ×" + same.size() : ""));
            l.getStyleClass().add("margin-label");
            if (!memos.isEmpty()) {
                l.getStyleClass().add("margin-memo");
            }
            l.setStyle("-fx-text-fill: " + Colors.safe(m.color()) + ";");
            l.setTooltip(new Tooltip(m.codePath() + "\n"
                    + String.join(", ", same.stream().map(CodingMark::coder).toList())
                    + (memos.isEmpty() ? "" : "\n\nMemo: " + String.join("\n\n", memos))));
            labels.getChildren().add(l);
        }
        int lanes = Math.min(MAX_LANES, margin.lanes());
        Pane lanePane = new Pane() {
            @Override
            protected void layoutChildren() {
                // each bar spans the paragraph's full height, so a coding reads as one unbroken stripe
                for (Node bar : getChildren()) {
                    bar.resizeRelocate(bar.getLayoutX(), 0, LANE_WIDTH - 2, getHeight());
                }
            }
        };
        lanePane.setMinWidth(lanes * LANE_WIDTH + 8);
        lanePane.setPrefWidth(lanes * LANE_WIDTH + 8);
        for (Margin.Stripe s : stripes) {
            if (s.lane() >= MAX_LANES) {
                continue;
            }
            Region bar = new Region();
            bar.setStyle("-fx-background-color: " + Colors.safe(s.mark().color()) + "; -fx-background-radius: 2;");
            bar.setLayoutX(4 + s.lane() * LANE_WIDTH);
            lanePane.getChildren().add(bar);
        }
        HBox cell = new HBox(4, labels, lanePane);
        cell.getStyleClass().add("coding-margin");
        return cell;
    }
}
