package org.caravanqda.analysis;

import java.util.List;
import org.caravanqda.model.CodePath;

/**
 * Code x code, for the codes that occur (parents aggregate their descendants). {@code units[a][b]}:
 * turns or paragraphs where both occur (the diagonal: units with the code);
 * {@code overlaps[a][b]}: pairs of overlapping codings, one of each (the diagonal: pairs within the code).
 */
public record CooccurrenceTable(List<CodePath> codes, int[][] units, int[][] overlaps) {

    /** One unordered pair of codes with something in common, for long listings. */
    public record Pair(CodePath a, CodePath b, int units, int overlaps) {}

    /**
     * Pairs of different codes that share a unit or an overlap, in code order; a code and its own
     * ancestor are left out (the parent counts the child anyway).
     */
    public List<Pair> pairs() {
        List<Pair> out = new java.util.ArrayList<>();
        for (int a = 0; a < codes.size(); a++) {
            for (int b = a + 1; b < codes.size(); b++) {
                if ((units[a][b] > 0 || overlaps[a][b] > 0) && !related(codes.get(a), codes.get(b))) {
                    out.add(new Pair(codes.get(a), codes.get(b), units[a][b], overlaps[a][b]));
                }
            }
        }
        return out;
    }

    private static boolean related(CodePath a, CodePath b) {
        List<String> x = a.names();
        List<String> y = b.names();
        return x.size() < y.size()
                ? y.subList(0, x.size()).equals(x)
                : x.subList(0, y.size()).equals(y);
    }
}
