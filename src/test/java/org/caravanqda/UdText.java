package org.caravanqda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a Universal Dependencies file in ../shared/corpus/ud (its `# text` lines); skips where absent. */
public final class UdText {
    private UdText() {}

    public static List<String> sentences(String file) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.file("corpus/ud/" + file), StandardCharsets.UTF_8)) {
            if (line.startsWith("# text")) {
                sentences.add(line.substring(line.indexOf('=') + 1).strip());
            }
        }
        return sentences;
    }

    /** Ten sentences a turn, as transcripts' turns run. */
    public static List<String> turns(String file) throws IOException {
        List<String> sentences = sentences(file);
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 10) {
            turns.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 10))));
        }
        return turns;
    }
}
