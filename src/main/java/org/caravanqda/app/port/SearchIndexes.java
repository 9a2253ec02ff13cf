package org.caravanqda.app.port;

import java.nio.file.Path;

/** Opens the search index of a project folder. */
public interface SearchIndexes {
    SearchIndex open(Path projectDir);
}
