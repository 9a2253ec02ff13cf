package org.caravanqda.app.port;

import java.nio.file.Path;
import java.util.Set;

/** Reads one transcript format (.txt, .docx, ...) into text and units. */
public interface DocumentReader {
    /** Lower-case file extensions without the dot, e.g. {@code txt}. */
    Set<String> extensions();

    /**
     * Reads the file. Throws {@link org.caravanqda.app.common.CaravanException} with a clear reason
     * for input that cannot be read (corrupt, undecodable, hostile, empty).
     */
    ParsedDocument read(Path file);

    /**
     * Reads the file with the researcher's corrections (encoding, speakers); readers that have
     * nothing to correct read as {@link #read(Path)} does.
     */
    default ParsedDocument read(Path file, ReadOptions options) {
        return read(file);
    }

    /**
     * Parses text already in memory (units and metadata as {@link #read} finds them), for
     * formats that are plain text; null for the others. No file is written, so an encrypted
     * project's text never passes through the disk.
     */
    default ParsedDocument parse(String text) {
        return null;
    }
}
