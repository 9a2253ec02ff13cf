package org.caravanqda.app.export;

import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.pseudonym.Pseudonymization;

/**
 * What an export wrote: the file, how many documents were selected and how many of them the
 * segments come from, how many segments and where they went, which cells were cut.
 */
public record ExportSummary(
        Path file,
        int documents,
        int codedDocuments,
        long segments,
        List<String> segmentSheets,
        List<String> cutCells,
        Pseudonymization pseudonyms) {

    /** "90 segments from 9 documents", or "5 segments from 3 of 9 documents" when some of those exported have none. */
    public String counts() {
        String segmentCount = segments + (segments == 1 ? " segment" : " segments");
        String of = codedDocuments == documents ? "" : codedDocuments + " of ";
        return segmentCount + " from " + of + documents + (documents == 1 ? " document" : " documents");
    }
}
