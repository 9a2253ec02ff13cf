package org.caravanqda.app.search;

import java.nio.file.Path;

/** Opens the search index of a project folder. */
public interface SearchIndexes {
    SearchIndex open(Path projectDir);

    /**
     * An encrypted project's index: worked on in memory, kept between sessions only as files
     * encrypted with {@code key} (so the next process loads it instead of rebuilding it); an
     * index folder from the project's unencrypted days is deleted. A copy that does not decrypt
     * with the key (after a password change, or damaged) is discarded and the index rebuilt.
     */
    SearchIndex openEncrypted(Path projectDir, byte[] key);
}
