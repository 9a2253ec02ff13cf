package org.caravanqda.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caravanqda.analysis.WordCount;

/**
 * Writes a deterministic set of interview-like transcripts: alternating interviewer and
 * respondent turns of a few sentences, some answers in two paragraphs.
 */
final class SyntheticCorpus {
    private SyntheticCorpus() {}

    static List<Path> write(Path dir, BenchConfig config, List<String> sentences) throws IOException {
        Random random = new Random(config.seed());
        int[] wordsOf = sentences.stream().mapToInt(WordCount::of).toArray();
        List<Path> files = new ArrayList<>();
        for (int d = 0; d < config.documents(); d++) {
            Path file = dir.resolve(String.format("interview-%05d.txt", d + 1));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                int words = 0;
                boolean interviewer = true;
                while (words < config.words()) {
                    w.write(interviewer ? "И: " : "Р: ");
                    int count = interviewer ? 1 : 2 + random.nextInt(5);
                    for (int s = 0; s < count && words < config.words(); s++) {
                        int i = random.nextInt(sentences.size());
                        if (s > 0) {
                            w.write(!interviewer && s == 3 ? "\n\n" : " ");
                        }
                        w.write(sentences.get(i));
                        words += wordsOf[i];
                    }
                    w.write("\n\n");
                    interviewer = !interviewer;
                }
            }
            files.add(file);
        }
        return files;
    }
}
