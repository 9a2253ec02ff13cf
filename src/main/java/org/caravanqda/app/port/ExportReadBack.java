package org.caravanqda.app.port;

import java.nio.file.Path;

/**
 * Reads a written export back, as another program would (cells of every sheet, the text and
 * attribute values of every XML element, the fields of a CSV, the lines of a text file), for the
 * check that no listed real name is left in it (issue 22).
 */
public interface ExportReadBack {
    /**
     * Hands {@code sink} every piece of text in {@code file}, written in the format of
     * {@code extension} (xlsx, csv, qdpx, qdc, md), with where it is ("sheet 2 cell B7", "row 12
     * column 3", "project.qde, Code element 4, attribute name", "line 9"). A place never quotes
     * the file's text: it may be shown where the text may not.
     */
    void read(Path file, String extension, Sink sink);

    /** Receives the texts of a file one by one. */
    @FunctionalInterface
    interface Sink {
        void text(String where, String text);
    }

    /** Where nothing can read exports back: a check that needs it refuses rather than passes. */
    ExportReadBack UNAVAILABLE = (file, extension, sink) -> {
        throw new org.caravanqda.app.common.CaravanException(
                "cannot check the export for real names: no reader is wired in for ." + extension);
    };
}
