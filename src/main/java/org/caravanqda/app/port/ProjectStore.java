package org.caravanqda.app.port;

import java.nio.file.Path;

/**
 * An open project database. All access goes through {@link #read} or {@link #write}; a write
 * is one transaction that commits when the work returns and rolls back when it throws.
 */
public interface ProjectStore extends AutoCloseable {
    Path directory();

    <T> T read(StoreWork<T> work);

    <T> T write(StoreWork<T> work);

    /**
     * How many writes this store has committed since it was opened. Only this process can write
     * (a project is open in one process at a time), so an unchanged count means unchanged data:
     * derived state can skip asking the database.
     */
    long commits();

    /** Whether the database is encrypted: then nothing derived from it may be written in the clear. */
    default boolean encrypted() {
        return false;
    }

    /**
     * A 256-bit key for what is derived from an encrypted database and kept beside it (the search
     * index), itself derived from the database's key, so it changes with the password; null when
     * the database is plain.
     */
    default byte[] derivedDataKey() {
        return null;
    }

    /**
     * Writes a consistent copy of the database to {@code zip} while the project stays open and in
     * use (other threads may keep writing); the zip appears complete or not at all.
     */
    BackupInfo backup(Path zip);

    @Override
    void close();

    @FunctionalInterface
    interface StoreWork<T> {
        T run(StoreSession session);
    }
}
