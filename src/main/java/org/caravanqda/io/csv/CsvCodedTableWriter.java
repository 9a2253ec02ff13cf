package org.caravanqda.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodedExport;
import org.caravanqda.app.port.CodedTableWriter;

/**
 * The segments table as tidy CSV for R or pandas: one row per coding, RFC 4180, UTF-8 (with a
 * BOM on request, which Excel needs to show Cyrillic), values exactly as stored.
 */
public final class CsvCodedTableWriter implements CodedTableWriter {
    @Override
    public Set<String> extensions() {
        return Set.of("csv");
    }

    @Override
    public Report write(CodedExport export, Path file) {
        long[] rows = {0};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            if (export.byteOrderMark()) {
                w.write('\uFEFF');
            }
            // attribute names come from users' tables: a header may start like a formula too
            csv.printRecord(export.segmentColumns().stream()
                    .map(c -> CsvValues.of(c.name()))
                    .toList());
            export.segments(row -> {
                try {
                    csv.printRecord(CsvValues.all(row));
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CaravanException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return new Report(rows[0], List.of(), List.of());
    }
}
