package org.caravanqda.app.port;

import java.nio.file.Path;
import java.util.List;

/** Reads a delimited table (attributes CSV): first row the header. */
public interface TableReader {
    List<List<String>> read(Path file);
}
