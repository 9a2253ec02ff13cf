package org.caravanqda.analysis.agreement;

/**
 * The q x q table of two coders (rows: first coder, columns: second) over the units both rated,
 * and Cohen's (1960) kappa = (p_o - p_e) / (1 - p_e) with p_e = Σ_c p_1c p_2c.
 */
public final class CohenTable {
    private final long[][] cells;
    private long total;

    private CohenTable(int categories) {
        this.cells = new long[categories][categories];
    }

    public static CohenTable of(Ratings ratings) {
        if (ratings.coders() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares exactly two coders");
        }
        CohenTable t = new CohenTable(ratings.categories());
        ratings.forEach((v, w) -> {
            if (v[0] != Ratings.MISSING && v[1] != Ratings.MISSING) {
                t.cells[v[0]][v[1]] += w;
                t.total += w;
            }
        });
        return t;
    }

    public long total() {
        return total;
    }

    public long cell(int first, int second) {
        return cells[first][second];
    }

    /** Null when no unit was rated by both or when both coders used one and the same value only (p_e = 1). */
    public Double kappa() {
        if (total == 0) {
            return null;
        }
        int q = cells.length;
        double agree = 0;
        double chance = 0;
        for (int c = 0; c < q; c++) {
            agree += cells[c][c];
            long row = 0;
            long col = 0;
            for (int k = 0; k < q; k++) {
                row += cells[c][k];
                col += cells[k][c];
            }
            if (row == total && col == total) {
                return null;
            }
            chance += ((double) row / total) * ((double) col / total);
        }
        double po = agree / total;
        return (po - chance) / (1 - chance);
    }
}
