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
     * Whether what is derived from the store and kept beside it (the search index) is kept only
     * encrypted under {@link #derivedDataKey()}: an encrypted database's, and a server project's
     * local cache (ADR 0030), whose key the server keeps.
     */
    default boolean derivedDataEncrypted() {
        return encrypted();
    }

    /**
     * A 256-bit key for what is derived from an encrypted database and kept beside it (the search
     * index), itself derived from the database's key, so it changes with the password; null when
     * the database is plain. A server project's is its login's cache key, fetched from the server.
     */
    default byte[] derivedDataKey() {
        return null;
    }

    /**
     * Replaces the key of what is derived and kept beside the store with a new one, where that key
     * is kept apart from the password (a server project's per-login cache key, ADR 0030): copies
     * made under the old key stop decrypting and are rebuilt. Returns whether there was a key.
     */
    default boolean renewDerivedDataKey() {
        throw new org.caravanqda.app.common.CaravanException(
                "only a server project has a cache key of its own; a folder project's index key follows its"
                        + " password (caravan password)");
    }

    /**
     * The store's mark at {@code generation} (a generation it has reached): its project id and the
     * fingerprint of the change-log entry there, as the derived index records them (ADR 0018);
     * null when this store cannot say.
     */
    default StoreMark markAt(long generation) {
        return null;
    }

    /**
     * Forces every committed change to disk. The database writes commits out within a second; what
     * is derived from it records a generation only once that generation is durable, so a crash
     * never leaves the index ahead of the store.
     */
    default void makeDurable() {}

    /** The byte-for-byte copy of the database file kept when it was opened {@link OpenGuard.Admission#OPEN_AFTER_COPY}; else null. */
    default Path keptCopy() {
        return null;
    }

    /**
     * Writes a consistent copy of the database to {@code zip} while the project stays open and in
     * use (other threads may keep writing); the zip appears complete or not at all.
     */
    BackupInfo backup(Path zip);

    /**
     * Calls {@code hint} (on a thread of its own) whenever another process may have written to the
     * project, so a window can read the change log from its cursor ({@link ChangeLog#after}). A hint
     * says only "look now": it may come when nothing changed, and the log is the truth. A folder
     * project has one writer, this process, so it never hints: the handle does nothing. Closing the
     * store stops every watch.
     */
    default Watch watchChanges(Runnable hint) {
        return () -> {};
    }

    /** A running {@link #watchChanges}; closing it stops the hints. */
    @FunctionalInterface
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    void close();

    @FunctionalInterface
    interface StoreWork<T> {
        T run(StoreSession session);
    }
}
