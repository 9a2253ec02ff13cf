package org.caravanqda.io.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.TableReader;

/**
 * Reads UTF-8 CSV (BOM allowed, as Excel writes it). The delimiter is guessed from the header
 * line: comma, semicolon (European Excel) or tab.
 */
public final class CsvTableReader implements TableReader {
    @Override
    public List<List<String>> read(Path file) {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreSurroundingSpaces(true)
                .build();
        try (Reader r = new java.io.StringReader(text);
                CSVParser parser = CSVParser.parse(r, format)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                rows.add(rec.toList());
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CaravanException(file + ": not a readable CSV table (" + e.getMessage() + ")", e);
        }
    }

    private static String decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CaravanException(file + ": not UTF-8 text; save the table as CSV UTF-8", e);
        } catch (IOException e) {
            throw new CaravanException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        long commas = header.chars().filter(c -> c == ',').count();
        long semis = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }
}
