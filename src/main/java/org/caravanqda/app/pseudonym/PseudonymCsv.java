package org.caravanqda.app.pseudonym;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Pseudonym;

/**
 * Checks a pseudonym table before anything is stored: a header naming real_name and pseudonym
 * (kind and notes optional, no other columns), no empty values, no real name twice (in any
 * letter case). Messages name rows, never the names themselves, since they go to a terminal.
 */
final class PseudonymCsv {
    private PseudonymCsv() {}

    static List<Pseudonym> parse(String file, List<List<String>> table) {
        if (table.isEmpty()) {
            throw new CaravanException(file + ": empty; the first row must name the columns real_name,pseudonym");
        }
        List<String> header = PseudonymService.columns(table.get(0));
        for (String h : header) {
            if (!PseudonymService.COLUMNS.contains(h)) {
                throw new CaravanException(file + ": unknown column '" + h + "'; the header must be real_name,pseudonym"
                        + " (optionally kind,notes)");
            }
        }
        int real = header.indexOf("real_name");
        int pseudo = header.indexOf("pseudonym");
        if (real < 0 || pseudo < 0) {
            throw new CaravanException(file + ": the first row must name the columns real_name and pseudonym (found: "
                    + String.join(",", header) + ")");
        }
        if (header.stream().distinct().count() != header.size()) {
            throw new CaravanException(file + ": a column is named twice in the header");
        }
        int kind = header.indexOf("kind");
        int notes = header.indexOf("notes");
        Map<String, Integer> seen = new HashMap<>();
        List<Pseudonym> out = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int line = r + 1;
            String name = cell(row, real);
            String alias = cell(row, pseudo);
            if (name == null || Words.bounds(name).length == 0) {
                throw new CaravanException(file + ": row " + line + " has an empty real_name");
            }
            if (alias == null) {
                throw new CaravanException(file + ": row " + line + " has an empty pseudonym");
            }
            Integer first = seen.putIfAbsent(Words.phraseKey(name), line);
            if (first != null) {
                throw new CaravanException(file + ": row " + line + " repeats the real name of row " + first);
            }
            // stored composed (NFC), as the text is: a list saved on macOS may come decomposed
            out.add(new Pseudonym(
                    0, Words.nfc(name), Words.nfc(alias), cell(row, kind), cell(row, notes), Instant.now()));
        }
        if (out.isEmpty()) {
            throw new CaravanException(file + ": no pseudonyms below the header");
        }
        return out;
    }

    private static String cell(List<String> row, int i) {
        if (i < 0 || i >= row.size() || row.get(i) == null || row.get(i).isBlank()) {
            return null;
        }
        return row.get(i).strip();
    }
}
