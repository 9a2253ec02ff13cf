package org.caravanqda.app.port;

import java.util.List;

/** The export adapters Main wires in: one writer per file format, and the bench's baseline. */
public record Exporters(List<CodedTableWriter> writers, BaselineSheetWriter baseline) {
    public Exporters {
        writers = List.copyOf(writers);
    }
}
