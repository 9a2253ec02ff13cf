package org.caravanqda.app.port;

import java.nio.file.Path;

/** Creates and opens project stores (the H2 database in a project folder). */
public interface ProjectStores {
    /** Whether DIR already holds a Caravan project. */
    boolean exists(Path dir);

    /** Creates the database and schema in DIR (which must not hold a project yet). */
    ProjectStore create(Path dir, String name, String language);

    /** Opens the project in DIR, migrating its schema if it is older than this Caravan. */
    ProjectStore open(Path dir);

    /**
     * Restores a backup made by {@link ProjectStore#backup} into DIR, which must not hold a project
     * unless {@code force}, which moves the old folder aside first. The zip is checked (a Caravan
     * backup, nothing outside its two entries, bounded size) and the restored database opened once
     * before it takes DIR's place.
     */
    RestoreInfo restore(Path zip, Path dir, boolean force);
}
