package org.caravanqda.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the reliability data of a comparison from coded documents. For each compared code a
 * unit is rated 1 (coded) or 0 (not coded) by every coder who coded the document, missing for the
 * others. At character level every character is a unit, so characters no coder coded count as
 * agreement on absence. In a domain ({@code domain} true) the rows are exclusive categories and
 * a coder's value for a unit is the category applied, missing when none.
 */
public final class AgreementAnalysis {
    static final int ABSENT = 0;
    static final int PRESENT = 1;

    private AgreementAnalysis() {}

    public static AgreementTables compute(List<ComparedDocument> documents, int coders, int rows, boolean domain) {
        List<Ratings> perRow = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            perRow.add(new Ratings(coders, 2));
        }
        Ratings domainRatings = domain ? new Ratings(coders, Math.max(rows, 1)) : null;
        long conflicts = 0;
        for (ComparedDocument doc : documents) {
            if (doc.observers() < 2 || doc.length() == 0) {
                continue;
            }
            MergedMarks merged = MergedMarks.of(doc.marks(), coders, rows);
            for (int r = 0; r < rows; r++) {
                ratePresence(doc, merged.row(r), perRow.get(r));
            }
            if (domain && rows > 0) {
                conflicts += rateDomain(doc, merged.all(), domainRatings);
            }
        }
        Ratings overall = domainRatings;
        if (!domain) {
            overall = new Ratings(coders, 2);
            for (Ratings r : perRow) {
                overall.addAll(r);
            }
        }
        return new AgreementTables(perRow, overall, conflicts);
    }

    private static void ratePresence(ComparedDocument doc, int[][][] intervals, Ratings out) {
        int[] values = new int[doc.observed().length];
        if (doc.characterLevel()) {
            if (MergedMarks.isEmpty(intervals)) {
                out.add(presence(doc.observed(), null, values), doc.length());
                return;
            }
            CoverageSweep.sweep(
                    doc.length(),
                    intervals,
                    (start, end, covered) -> out.add(presence(doc.observed(), covered, values), end - start));
            return;
        }
        UnitCoverage uc = UnitCoverage.of(doc.units(), intervals);
        for (int u = 0; u < doc.units().size(); u++) {
            for (int c = 0; c < values.length; c++) {
                values[c] = !doc.observed()[c] ? Ratings.MISSING : uc.overlap(u, c, 0) > 0 ? PRESENT : ABSENT;
            }
            out.add(values, 1);
        }
    }

    private static int[] presence(boolean[] observed, boolean[][] covered, int[] values) {
        for (int c = 0; c < values.length; c++) {
            values[c] = !observed[c] ? Ratings.MISSING : covered != null && covered[c][0] ? PRESENT : ABSENT;
        }
        return values;
    }

    /** Returns the number of conflicting ratings (characters or units with two categories from one coder). */
    private static long rateDomain(ComparedDocument doc, int[][][] intervals, Ratings out) {
        int[] values = new int[doc.observed().length];
        long[] conflicts = {0};
        if (doc.characterLevel()) {
            CoverageSweep.sweep(doc.length(), intervals, (start, end, covered) -> {
                for (int c = 0; c < values.length; c++) {
                    values[c] = Ratings.MISSING;
                    int applied = 0;
                    for (int k = covered[c].length - 1; k >= 0; k--) {
                        if (doc.observed()[c] && covered[c][k]) {
                            values[c] = k; // the first category in codebook order wins a tie
                            applied++;
                        }
                    }
                    conflicts[0] += applied > 1 ? end - start : 0;
                }
                out.add(values, end - start);
            });
            return conflicts[0];
        }
        UnitCoverage uc = UnitCoverage.of(doc.units(), intervals);
        for (int u = 0; u < doc.units().size(); u++) {
            Arrays.fill(values, Ratings.MISSING);
            for (int c = 0; c < values.length; c++) {
                if (doc.observed()[c]) {
                    values[c] = uc.dominant(u, c);
                    conflicts[0] += uc.applied(u, c) > 1 ? 1 : 0;
                }
            }
            out.add(values, 1);
        }
        return conflicts[0];
    }
}
