package org.caravanqda.bench.port;

import java.nio.file.Path;
import java.util.List;

/**
 * The bench's reference: the spreadsheet library's bare streaming loop writing given rows into
 * one sheet, with no styles, widths or limits, to compare the real export against.
 */
public interface BaselineSheetWriter {
    RowSink open(Path file, List<String> header);

    interface RowSink extends AutoCloseable {
        void row(List<Object> cells);

        /** Writes the file and frees its temporary data. */
        @Override
        void close();
    }
}
