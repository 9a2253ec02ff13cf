package org.caravanqda.app.refi;

import java.nio.file.Path;

/** Reads and writes REFI-QDA project exchange files (.qdpx). */
public interface RefiProjectFormat {
    /** The project in the archive; throws CaravanException (one clear line) for unreadable or hostile files. */
    RefiProject read(Path qdpx);

    /** Writes the archive (through a temporary file, so a failure leaves nothing behind). */
    void write(RefiProject project, Path qdpx);
}
