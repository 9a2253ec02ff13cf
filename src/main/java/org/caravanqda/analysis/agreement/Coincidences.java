package org.caravanqda.analysis.agreement;

/**
 * Krippendorff's coincidence matrix: within every unit rated by m_u >= 2 coders, each ordered
 * pair of values from different coders adds 1/(m_u - 1) to o[c][k]. Units rated by fewer than
 * two coders are not pairable and drop out (this is how alpha handles missing data).
 */
final class Coincidences {
    final double[][] o;
    final double[] marginals;
    final double n;
    final long units;

    private Coincidences(double[][] o, long units) {
        this.o = o;
        this.units = units;
        this.marginals = new double[o.length];
        double total = 0;
        for (int c = 0; c < o.length; c++) {
            for (int k = 0; k < o.length; k++) {
                marginals[c] += o[c][k];
            }
            total += marginals[c];
        }
        this.n = total;
    }

    static Coincidences of(Ratings ratings) {
        int q = ratings.categories();
        double[][] o = new double[q][q];
        long[] units = {0};
        int[] counts = new int[q];
        ratings.forEach((values, weight) -> {
            java.util.Arrays.fill(counts, 0);
            int m = 0;
            for (int v : values) {
                if (v != Ratings.MISSING) {
                    counts[v]++;
                    m++;
                }
            }
            if (m < 2) {
                return;
            }
            units[0] += weight;
            for (int c = 0; c < q; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                for (int k = 0; k < q; k++) {
                    double pairs = c == k ? counts[c] * (counts[c] - 1.0) : (double) counts[c] * counts[k];
                    o[c][k] += weight * pairs / (m - 1);
                }
            }
        });
        return new Coincidences(o, units[0]);
    }

    /** Observed agreement: the share of pairable values paired with an equal value (Σ o_cc / n). */
    double observedAgreement() {
        double same = 0;
        for (int c = 0; c < o.length; c++) {
            same += o[c][c];
        }
        return same / n;
    }

    /** Whether all pairable values are one and the same category: chance-corrected indices are 0/0 then. */
    boolean noVariation() {
        for (double m : marginals) {
            if (m == n) {
                return true;
            }
        }
        return false;
    }

    /** Nominal alpha = 1 - (n - 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k (Krippendorff 2011, section C). */
    double nominalAlpha() {
        double disagreeing = 0;
        double expected = 0;
        for (int c = 0; c < o.length; c++) {
            for (int k = 0; k < o.length; k++) {
                if (c != k) {
                    disagreeing += o[c][k];
                    expected += marginals[c] * marginals[k];
                }
            }
        }
        return 1 - (n - 1) * disagreeing / expected;
    }
}
