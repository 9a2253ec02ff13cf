package org.caravanqda.app.port;

import java.nio.file.Path;

/** Opens the search index of a project folder. */
public interface SearchIndexes {
    SearchIndex open(Path projectDir);

    /**
     * An index held in memory only, for an encrypted project whose text must never reach the
     * disk in the clear; it starts empty (so the first sync rebuilds it from the store) and any
     * index folder left from the project's unencrypted days is deleted.
     */
    SearchIndex openInMemory(Path projectDir);
}
