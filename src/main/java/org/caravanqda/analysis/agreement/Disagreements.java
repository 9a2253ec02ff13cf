package org.caravanqda.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

/** Finds, for the consensus meeting, the units of a document where the coders' codes differ. */
public final class Disagreements {
    private Disagreements() {}

    public static List<DisagreementSpan> in(ComparedDocument doc, int coders, int rows) {
        List<DisagreementSpan> out = new ArrayList<>();
        if (doc.observers() < 2 || rows == 0 || doc.length() == 0) {
            return out;
        }
        int[][][] intervals = MergedMarks.of(doc.marks(), coders, rows).all();
        if (doc.characterLevel()) {
            CoverageSweep.sweep(doc.length(), intervals, (start, end, covered) -> {
                List<List<Integer>> sets = sets(doc.observed(), (c, k) -> covered[c][k], rows);
                if (!differ(sets)) {
                    return;
                }
                DisagreementSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.end() == start && last.rowsByCoder().equals(sets)) {
                    out.set(out.size() - 1, new DisagreementSpan(last.start(), end, sets));
                } else {
                    out.add(new DisagreementSpan(start, end, sets));
                }
            });
            return out;
        }
        UnitCoverage uc = UnitCoverage.of(doc.units(), intervals);
        for (int u = 0; u < doc.units().size(); u++) {
            int unit = u;
            List<List<Integer>> sets = sets(doc.observed(), (c, k) -> uc.overlap(unit, c, k) > 0, rows);
            if (differ(sets)) {
                out.add(new DisagreementSpan(
                        doc.units().get(u).start(), doc.units().get(u).end(), sets));
            }
        }
        return out;
    }

    private interface Applied {
        boolean test(int coder, int row);
    }

    private static List<List<Integer>> sets(boolean[] observed, Applied applied, int rows) {
        List<List<Integer>> sets = new ArrayList<>();
        for (int c = 0; c < observed.length; c++) {
            if (!observed[c]) {
                sets.add(null);
                continue;
            }
            List<Integer> s = new ArrayList<>();
            for (int k = 0; k < rows; k++) {
                if (applied.test(c, k)) {
                    s.add(k);
                }
            }
            sets.add(List.copyOf(s));
        }
        return sets;
    }

    private static boolean differ(List<List<Integer>> sets) {
        List<Integer> first = null;
        for (List<Integer> s : sets) {
            if (s == null) {
                continue;
            }
            if (first == null) {
                first = s;
            } else if (!first.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
