package org.caravanqda.gui.analysis;

import java.util.List;

/** A bar chart's data: one bar per code (its path), its value, and the code's colour (may be null). */
public record Bars(String title, String axis, List<Bar> bars) {
    public Bars {
        bars = List.copyOf(bars);
    }

    public record Bar(String code, double value, String color) {}

    public double max() {
        return bars.stream().mapToDouble(Bar::value).max().orElse(0);
    }
}
