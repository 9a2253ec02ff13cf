package org.caravanqda.app.export;

import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.pseudonym.Pseudonymization;

/** What an export wrote: the file, how many documents and segments, where they went, which cells were cut. */
public record ExportSummary(
        Path file,
        int documents,
        long segments,
        List<String> segmentSheets,
        List<String> cutCells,
        Pseudonymization pseudonyms) {}
