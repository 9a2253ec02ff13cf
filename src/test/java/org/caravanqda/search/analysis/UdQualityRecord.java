package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures recorded in docs/search-quality.md, kept in a test resource (ud-quality-recorded.tsv) that the
 * regression test reads; measured figures are appended to target/ud-quality-measured.txt for updating both.
 */
final class UdQualityRecord {
    record Figures(double recall, double precision, double pLem, int tokens, double speedVsStandard) {}

    private UdQualityRecord() {}

    static Map<String, Figures> recorded() {
        Map<String, Figures> out = new HashMap<>();
        for (String line : SuffixStripper.readLines("/org/caravanqda/search/analysis/ud-quality-recorded.tsv")) {
            String[] c = line.split("\t");
            out.put(
                    c[0],
                    new Figures(
                            Double.parseDouble(c[1]),
                            Double.parseDouble(c[2]),
                            Double.parseDouble(c[3]),
                            Integer.parseInt(c[4]),
                            Double.parseDouble(c[5])));
        }
        return out;
    }

    static void report(String line) {
        try {
            Path out = Path.of("target", "ud-quality-measured.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(
                    out,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
