package org.caravanqda.app.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Writes coded data in one file format (xlsx, csv). Another format plugs in as another writer. */
public interface CodedTableWriter {
    /** Lower-case extensions without the dot. */
    Set<String> extensions();

    /**
     * Writes {@code export} to {@code file} (a temporary file the caller moves into place when
     * this returns). Returns what a reader of the file should know: sheets, rows, cut cells.
     */
    Report write(CodedExport export, Path file);

    /** {@code segmentSheets}: the sheets the segments went to (more than one past the row limit). */
    record Report(long segments, List<String> segmentSheets, List<String> cutCells) {}
}
