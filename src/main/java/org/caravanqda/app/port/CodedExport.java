package org.caravanqda.app.port;

import java.util.List;
import java.util.function.Consumer;

/**
 * What an export writes, handed to a {@link CodedTableWriter}. The segments stream once, in
 * document and offset order, straight from the store, so memory does not grow with their number;
 * the analysis tables and the codebook are complete once {@link #segments} has returned.
 */
public interface CodedExport {
    List<SegmentColumn> segmentColumns();

    /** Each coding as one row of cells matching {@link #segmentColumns()} (types as in {@link DataTable}). */
    void segments(Consumer<List<Object>> row);

    /** The codebook with colours and counts. */
    DataTable codebook();

    /** Frequencies, co-occurrence, code presence and one matrix per categorical attribute. */
    List<DataTable> tables();

    /** Where the data came from: project, time, version, filters, counts (item, value rows). */
    DataTable about();

    /** Start the file with a UTF-8 byte order mark (CSV for Excel). */
    boolean byteOrderMark();

    /**
     * Whether the writer's own temporary files must not hold the text in the clear (an
     * encrypted project): then they are encrypted with a key that lives only in memory.
     */
    default boolean protectTemporaryFiles() {
        return false;
    }
}
