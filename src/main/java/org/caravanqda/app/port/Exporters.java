package org.caravanqda.app.port;

import java.util.List;

/** The export adapters Main wires in: one writer per file format. */
public record Exporters(List<CodedTableWriter> writers) {
    public Exporters {
        writers = List.copyOf(writers);
    }
}
