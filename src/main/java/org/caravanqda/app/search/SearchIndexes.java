package org.caravanqda.app.search;

import java.nio.file.Path;
import java.util.Optional;
import org.caravanqda.app.port.StoreMark;

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

    /**
     * The store mark kept beside the project's index (index/ or index-encrypted/), read without
     * opening the index: how far the database had got when last seen (ADR 0018). Empty when none.
     */
    Optional<StoreMark> mark(Path projectDir);

    /** Keeps {@code mark} beside the project's index (in index-encrypted/ when {@code encrypted}), replacing the one there. */
    void recordMark(Path projectDir, boolean encrypted, StoreMark mark);
}
