package org.caravanqda.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caravanqda.model.Coding;

/** Builds a {@link CooccurrenceTable} one document at a time. */
public final class CooccurrenceCounter {
    private final CodeIndex codes;
    private final int[][] units;
    private final int[][] overlaps;
    private final BitSet occurring = new BitSet();

    public CooccurrenceCounter(CodeIndex codes) {
        this.codes = codes;
        this.units = new int[codes.size()][codes.size()];
        this.overlaps = new int[codes.size()][codes.size()];
    }

    public void add(CodedDocument doc) {
        countUnits(doc);
        countOverlaps(doc.codings());
    }

    private void countUnits(CodedDocument doc) {
        UnitIndex index = new UnitIndex(doc.units());
        BitSet[] present = new BitSet[index.size()];
        for (Coding c : doc.codings()) {
            int[] range = index.overlapping(c.start(), c.end());
            for (int u = range[0]; u < range[1]; u++) {
                if (present[u] == null) {
                    present[u] = new BitSet();
                }
                for (int k : codes.selfAndAncestors(c.codeId())) {
                    present[u].set(k);
                }
            }
            for (int k : codes.selfAndAncestors(c.codeId())) {
                occurring.set(k);
            }
        }
        for (BitSet set : present) {
            if (set == null) {
                continue;
            }
            for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
                for (int b = set.nextSetBit(a); b >= 0; b = set.nextSetBit(b + 1)) {
                    units[a][b]++;
                    if (a != b) {
                        units[b][a]++;
                    }
                }
            }
        }
    }

    /** Codings come ordered by start: a sweep visits each overlapping pair once. */
    private void countOverlaps(List<Coding> codings) {
        List<Coding> open = new ArrayList<>();
        Set<Long> cells = new HashSet<>();
        for (Coding c : codings) {
            open.removeIf(o -> o.end() <= c.start());
            for (Coding o : open) {
                cells.clear();
                for (int a : codes.selfAndAncestors(o.codeId())) {
                    for (int b : codes.selfAndAncestors(c.codeId())) {
                        // one pair of codings counts once per unordered pair of codes
                        cells.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
                    }
                }
                for (long cell : cells) {
                    int a = (int) (cell >>> 32);
                    int b = (int) cell;
                    overlaps[a][b]++;
                    if (a != b) {
                        overlaps[b][a]++;
                    }
                }
            }
            open.add(c);
        }
    }

    public CooccurrenceTable table() {
        int[] keep = occurring.stream().toArray();
        List<org.caravanqda.model.CodePath> paths = new ArrayList<>();
        int[][] u = new int[keep.length][keep.length];
        int[][] o = new int[keep.length][keep.length];
        for (int i = 0; i < keep.length; i++) {
            paths.add(codes.path(keep[i]));
            for (int j = 0; j < keep.length; j++) {
                u[i][j] = units[keep[i]][keep[j]];
                o[i][j] = overlaps[keep[i]][keep[j]];
            }
        }
        return new CooccurrenceTable(paths, u, o);
    }
}
