package org.caravanqda.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The boundary sweep gives exactly what rating every character one by one gives. */
class CharacterSweepTest {
    @Test
    void sweepEqualsCharacterByCharacter() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(400);
            int coders = 2 + random.nextInt(2);
            int rows = 1 + random.nextInt(3);
            List<Mark> marks = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int s = random.nextInt(length);
                marks.add(
                        new Mark(random.nextInt(coders), random.nextInt(rows), s, s + 1 + random.nextInt(length - s)));
            }
            boolean[] observed = new boolean[coders];
            for (int c = 0; c < coders; c++) {
                observed[c] = random.nextInt(5) > 0;
            }
            ComparedDocument doc = new ComparedDocument("d", length, null, observed, marks);
            AgreementTables fast = AgreementAnalysis.compute(List.of(doc), coders, rows, round % 2 == 0);
            AgreementTables slow = naive(doc, coders, rows, round % 2 == 0);
            for (int r = 0; r < rows; r++) {
                assertThat(AgreementStatistics.of(fast.rows().get(r)))
                        .isEqualTo(AgreementStatistics.of(slow.rows().get(r)));
            }
            assertThat(AgreementStatistics.of(fast.overall())).isEqualTo(AgreementStatistics.of(slow.overall()));
        }
    }

    /** One rating per character, the obvious way. */
    private static AgreementTables naive(ComparedDocument doc, int coders, int rows, boolean domain) {
        List<Ratings> perRow = new ArrayList<>();
        Ratings overall = new Ratings(coders, domain ? rows : 2);
        for (int r = 0; r < rows; r++) {
            perRow.add(new Ratings(coders, 2));
        }
        if (doc.observers() < 2) {
            return new AgreementTables(perRow, overall, 0);
        }
        for (int i = 0; i < doc.length(); i++) {
            int[] categoryOf = new int[coders];
            java.util.Arrays.fill(categoryOf, Ratings.MISSING);
            for (int r = 0; r < rows; r++) {
                int[] v = new int[coders];
                for (int c = 0; c < coders; c++) {
                    boolean covered = covers(doc, c, r, i);
                    v[c] = !doc.observed()[c] ? Ratings.MISSING : covered ? 1 : 0;
                    if (covered && doc.observed()[c] && categoryOf[c] == Ratings.MISSING) {
                        categoryOf[c] = r;
                    }
                }
                perRow.get(r).add(v, 1);
                if (!domain) {
                    overall.add(v, 1);
                }
            }
            if (domain) {
                overall.add(categoryOf, 1);
            }
        }
        return new AgreementTables(perRow, overall, 0);
    }

    private static boolean covers(ComparedDocument doc, int coder, int row, int i) {
        return doc.marks().stream()
                .anyMatch(m -> m.coder() == coder && m.row() == row && m.start() <= i && i < m.end());
    }
}
