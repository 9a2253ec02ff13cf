package org.caravanqda.app.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.caravanqda.model.CodeDraft;

/** Reads and/or writes a codebook file format (REFI-QDA .qdc, Markdown). */
public interface CodebookFormat {
    Set<String> extensions();

    boolean canRead();

    /** The code tree in the file; throws CaravanException for unreadable or hostile files. */
    List<CodeDraft> read(Path file);

    /**
     * Writes the tree; {@code counts} maps a code path ("A/B") to its number of codings (may be
     * empty), {@code projectName} goes into headers where the format has one.
     */
    void write(List<CodeDraft> roots, java.util.Map<String, Integer> counts, String projectName, Path out);
}
