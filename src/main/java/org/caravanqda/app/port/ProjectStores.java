package org.caravanqda.app.port;

import java.nio.file.Path;

/**
 * Creates and opens project stores (the H2 database in a project folder). Passwords are char
 * arrays the caller clears; null means a plain (unencrypted) project.
 */
public interface ProjectStores {
    /** Whether DIR already holds a Caravan project. */
    boolean exists(Path dir);

    /** Whether the project in DIR is encrypted (and so needs a password to open). */
    boolean encrypted(Path dir);

    /** Creates the database and schema in DIR (which must not hold a project yet), encrypted when a password is given. */
    ProjectStore create(Path dir, String name, String language, char[] password);

    default ProjectStore create(Path dir, String name, String language) {
        return create(dir, name, language, null);
    }

    /**
     * Removes a project this process has just created and closed, whose first import failed (a
     * refused {@code init --codebook} or {@code init --from} leaves nothing behind): its database,
     * key and lock files, and DIR itself when {@code madeDir} (create made it) and it is then empty.
     */
    void discard(Path dir, boolean madeDir);

    /**
     * Opens the project in DIR, migrating its schema if it is older than this Caravan. Throws
     * {@link org.caravanqda.app.common.WrongPasswordException} when the password does not open it,
     * and {@link org.caravanqda.app.common.ForeignObjectsException} (before the database is opened
     * at all) when its schema holds anything Caravan's migrations did not make.
     */
    default ProjectStore open(Path dir, char[] password) {
        return open(dir, password, OpenGuard.NONE);
    }

    /**
     * As {@link #open(Path, char[])}, after {@code guard} has admitted what the database holds: the
     * store reads it without changing a byte (read-only), hands the guard a {@link StoreView}
     * with the project lock held, and only then opens it for writing. A file that cannot even be
     * read that way is refused as damaged, untouched.
     */
    ProjectStore open(Path dir, char[] password, OpenGuard guard);

    /**
     * As {@link #open(Path, char[], OpenGuard)}, for a command that only reads: the database may be
     * opened read-only, once, the guard seeing it on that same opening (a short command's start pays
     * for one opening of the database instead of two). Any write to the store then fails. A schema
     * that needs migrating opens as with {@link #open(Path, char[], OpenGuard)}.
     */
    default ProjectStore openForReading(Path dir, char[] password, OpenGuard guard) {
        return open(dir, password, guard);
    }

    default ProjectStore open(Path dir) {
        return open(dir, null);
    }

    /**
     * Sets a new password with the project closed; {@code oldPassword} is ignored for a plain
     * project, which this encrypts. The old database stays in place until the new one is verified.
     */
    void changePassword(Path dir, char[] oldPassword, char[] newPassword);

    /**
     * Restores a backup made by {@link ProjectStore#backup} into DIR, which must not hold a project
     * unless {@code force}, which moves the old folder aside first. The zip is checked (a Caravan
     * backup of data only, nothing but its own entries, bounded size), its rows loaded into a schema
     * Caravan's migrations make, and the restored database opened once before it takes DIR's place.
     */
    default RestoreInfo restore(Path zip, Path dir, boolean force) {
        return restore(zip, dir, force, () -> null);
    }

    /** As above; {@code password} is asked only for an encrypted project's backup (null: none given). */
    RestoreInfo restore(Path zip, Path dir, boolean force, java.util.function.Supplier<char[]> password);

    /** Whether {@code text} is a server project's address (postgresql://...) rather than a folder. */
    default boolean isServerAddress(String text) {
        return false;
    }

    /**
     * The local folder that stands for the server project at {@code address} (ADR 0025): opening
     * it opens the project on its server. A bad address is one {@link
     * org.caravanqda.app.common.CaravanException}.
     */
    default Path serverFolder(String address) {
        throw new org.caravanqda.app.common.CaravanException("this Caravan opens no server projects: " + address);
    }

    /**
     * The server project's address as the user is shown it (postgresql://host[:port]/database,
     * without login or options); a bad address is one {@link
     * org.caravanqda.app.common.CaravanException} saying what to write instead.
     */
    default String serverShown(String address) {
        throw new org.caravanqda.app.common.CaravanException("this Caravan opens no server projects: " + address);
    }

    /**
     * These stores asking {@code prompt} for a server's password (one opening's asker: the window's
     * dialog), instead of the prompt they were made with. Folders need none: the same stores.
     */
    default ProjectStores asking(ServerPasswordPrompt prompt) {
        return this;
    }

    /** How to name the project at {@code dir} to the user: a server project's address, else the folder. */
    default String shown(Path dir) {
        return dir.toAbsolutePath().normalize().toString();
    }

    /**
     * Copies every row of the open project {@code from} (ids, guids, times) into a new project at
     * {@code to}, in one transaction: a folder project into a server project's empty database
     * ({@code team publish}), or a server project into a new folder ({@code team snapshot}). Returns
     * the rows copied per table. Refused when the target already holds a project.
     */
    default java.util.Map<String, Long> copyInto(ProjectStore from, Path to) {
        throw new org.caravanqda.app.common.CaravanException("this Caravan copies no projects between stores");
    }
}
