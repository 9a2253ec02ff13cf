package org.caravanqda.analysis.agreement;

import java.util.List;
import org.caravanqda.model.Span;

/**
 * One compared document: its length in UTF-16 units, its units ({@code null} at character
 * level), which coders coded it ({@code observed}: the others count as missing) and the marks.
 */
public record ComparedDocument(String name, int length, List<Span> units, boolean[] observed, List<Mark> marks) {
    public ComparedDocument {
        units = units == null ? null : List.copyOf(units);
        observed = observed.clone();
        marks = List.copyOf(marks);
    }

    public boolean characterLevel() {
        return units == null;
    }

    public int observers() {
        int n = 0;
        for (boolean b : observed) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
