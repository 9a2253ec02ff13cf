package org.caravanqda.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caravanqda.analysis.agreement.AgreementAnalysis;
import org.caravanqda.analysis.agreement.AgreementStatistics;
import org.caravanqda.analysis.agreement.AgreementTables;
import org.caravanqda.analysis.agreement.ComparedDocument;
import org.caravanqda.analysis.agreement.Mark;

/**
 * Times character-level agreement of two coders on deterministic synthetic codings: every
 * document gets a few codings per code from the first coder, which the second coder mostly
 * repeats with shifted boundaries and sometimes misses or adds to. Measures the computation the
 * {@code agreement} command runs after loading the codings (reading them from H2 is not timed).
 */
final class AgreementBench {
    static final int DOCUMENTS = 300;
    static final int CHARACTERS = 60_000;
    static final int CODES = 100;

    private AgreementBench() {}

    static Map<String, Double> run(long seed) {
        return run(DOCUMENTS, CHARACTERS, CODES, seed);
    }

    static Map<String, Double> run(int documents, int characters, int codes, long seed) {
        List<ComparedDocument> docs = corpus(documents, characters, codes, new Random(seed));
        long marks = docs.stream().mapToLong(d -> d.marks().size()).sum();
        long t0 = System.nanoTime();
        AgreementTables tables = AgreementAnalysis.compute(docs, 2, codes, false);
        tables.rows().forEach(AgreementStatistics::of);
        double alpha = AgreementStatistics.of(tables.overall()).krippendorffAlpha();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("agreement.character.seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("agreement.character.codings", (double) marks);
        m.put("agreement.character.decisionsPerSecond", (double)
                Math.round((double) documents * characters * codes / seconds));
        m.put("agreement.character.overallAlpha", Math.round(alpha * 1000) / 1000.0);
        return m;
    }

    private static List<ComparedDocument> corpus(int documents, int characters, int codes, Random random) {
        boolean[] both = {true, true};
        List<ComparedDocument> docs = new ArrayList<>(documents);
        for (int d = 0; d < documents; d++) {
            List<Mark> marks = new ArrayList<>();
            for (int code = 0; code < codes; code++) {
                for (int i = random.nextInt(5); i > 0; i--) {
                    int length = 80 + random.nextInt(1_200);
                    int start = random.nextInt(characters - length);
                    marks.add(new Mark(0, code, start, start + length));
                    if (random.nextInt(4) > 0) { // the second coder codes it too, boundaries a little off
                        int s = clamp(start + random.nextInt(81) - 40, characters);
                        int e = clamp(start + length + random.nextInt(81) - 40, characters);
                        marks.add(new Mark(1, code, Math.min(s, e - 1), Math.max(e, s + 1)));
                    }
                }
                if (random.nextInt(4) == 0) { // and sometimes codes what the first did not
                    int start = random.nextInt(characters - 1_000);
                    marks.add(new Mark(1, code, start, start + 100 + random.nextInt(900)));
                }
            }
            docs.add(new ComparedDocument("bench-" + d, characters, null, both, marks));
        }
        return docs;
    }

    private static int clamp(int v, int characters) {
        return Math.max(0, Math.min(characters - 1, v));
    }
}
