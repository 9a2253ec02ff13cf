package org.caravanqda.app.port;

import java.util.List;

/**
 * The export adapters Main wires in: one writer per file format, and the reader that reads a
 * written export back for the check that no listed real name is left in it.
 */
public record Exporters(List<CodedTableWriter> writers, ExportReadBack readBack) {
    public Exporters {
        writers = List.copyOf(writers);
        readBack = readBack == null ? ExportReadBack.UNAVAILABLE : readBack;
    }

    /** Without a reader: an export that applies a pseudonym list is then refused, never left unchecked. */
    public Exporters(List<CodedTableWriter> writers) {
        this(writers, ExportReadBack.UNAVAILABLE);
    }
}
