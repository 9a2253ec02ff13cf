package org.caravanqda.store.pg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.OpenGuard;
import org.caravanqda.app.port.ProjectInfo;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.ProjectStores;
import org.caravanqda.app.port.RestoreInfo;
import org.caravanqda.app.port.ServerPasswordPrompt;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.store.RowCopy;
import org.caravanqda.store.StoreAccess;

/**
 * Project folders and server projects behind one port (ADR 0025): a folder holding {@value
 * ServerFolders#NOTE} is a server project's local folder and opens that project on its server;
 * every other folder is an H2 project, handled exactly as before.
 */
public final class FolderOrServerStores implements ProjectStores {
    private final ProjectStores folders;
    private final PgProjectStores servers;

    /** {@code databasePassword}: asks for a server's password when neither PGPASSWORD nor ~/.pgpass gave it (null: never ask). */
    public FolderOrServerStores(ProjectStores folders, ServerPasswordPrompt databasePassword) {
        this.folders = folders;
        this.servers = new PgProjectStores(databasePassword);
    }

    /** The same folders, server projects asking {@code prompt} (one opening's asker, the window's dialog). */
    @Override
    public ProjectStores asking(ServerPasswordPrompt prompt) {
        return new FolderOrServerStores(folders, prompt);
    }

    @Override
    public String serverShown(String address) {
        return ServerAddress.parse(address).display();
    }

    private static boolean server(Path dir) {
        return ServerFolders.isServerFolder(dir);
    }

    @Override
    public boolean isServerAddress(String text) {
        return ServerAddress.isServer(text);
    }

    @Override
    public Path serverFolder(String address) {
        return folders().folderFor(ServerAddress.parse(address));
    }

    private ServerFolders folders() {
        return ServerFolders.inUserCache();
    }

    @Override
    public String shown(Path dir) {
        return server(dir) ? ServerFolders.addressOf(dir).toString() : folders.shown(dir);
    }

    /** A server project's local folder always counts as a project; opening it asks the server. */
    @Override
    public boolean exists(Path dir) {
        return server(dir) || folders.exists(dir);
    }

    @Override
    public boolean encrypted(Path dir) {
        return !server(dir) && folders.encrypted(dir);
    }

    @Override
    public ProjectStore create(Path dir, String name, String language, char[] password) {
        if (!server(dir)) {
            return folders.create(dir, name, language, password);
        }
        if (password != null) {
            throw new CaravanException("a server project is not encrypted by Caravan: TLS protects it on the way"
                    + " and the server's disk encryption at rest (docs/team.md); create it without --encrypt");
        }
        return servers.create(dir, ServerFolders.addressOf(dir), name, language);
    }

    @Override
    public void discard(Path dir, boolean madeDir) {
        if (server(dir)) {
            servers.discard(dir, ServerFolders.addressOf(dir));
        } else {
            folders.discard(dir, madeDir);
        }
    }

    /**
     * A server project opens without the guard of ADR 0018: that guard keeps the evidence of an H2
     * file that lost its tail; a server's data is the truth and its local index is rebuilt from it.
     */
    @Override
    public ProjectStore open(Path dir, char[] password, OpenGuard guard) {
        if (!server(dir)) {
            return folders.open(dir, password, guard);
        }
        return servers.open(dir, ServerFolders.addressOf(dir));
    }

    /** A folder project opened once, read-only, for a command that only reads (ADR 0023); a server project as {@link #open}. */
    @Override
    public ProjectStore openForReading(Path dir, char[] password, OpenGuard guard) {
        if (!server(dir)) {
            return folders.openForReading(dir, password, guard);
        }
        return servers.open(dir, ServerFolders.addressOf(dir));
    }

    @Override
    public void changePassword(Path dir, char[] oldPassword, char[] newPassword) {
        if (server(dir)) {
            throw new CaravanException("a server project has no Caravan password: the database password is the"
                    + " server's (ALTER ROLE ... PASSWORD, docs/team.md)");
        }
        folders.changePassword(dir, oldPassword, newPassword);
    }

    @Override
    public RestoreInfo restore(Path zip, Path dir, boolean force, Supplier<char[]> password) {
        if (server(dir)) {
            throw new CaravanException("a backup is restored into a folder: caravan restore ZIP -p DIR, then"
                    + " caravan team publish -p DIR --to URL");
        }
        return folders.restore(zip, dir, force, password);
    }

    /**
     * {@code team publish} (a folder project into a server project's empty database) and {@code
     * team snapshot} (a server project into a new folder): the target is made with the source's
     * name and language, then every row is copied in the target's one write transaction. A failure
     * leaves the target as it was: the database empty again, the new folder removed.
     */
    @Override
    public Map<String, Long> copyInto(ProjectStore from, Path to) {
        boolean fromServer = from instanceof PgProjectStore;
        if (fromServer == server(to)) {
            throw new CaravanException(
                    fromServer
                            ? "a server project is copied to a folder (team snapshot), not to another server"
                            : "team publish copies a folder project to a server project: give --to postgresql://HOST/DATABASE");
        }
        ProjectInfo info = from.read(StoreSession::project);
        boolean madeDir = !Files.isDirectory(to);
        ProjectStore target = fromServer
                ? folders.create(to, info.name(), info.language(), null)
                : servers.create(to, ServerFolders.addressOf(to), info.name(), info.language());
        try (target) {
            return from.read(source -> target.write(t -> RowCopy.copy(
                    StoreAccess.connection(source),
                    StoreAccess.connection(t),
                    fromServer ? RowCopy.Direction.POSTGRESQL_TO_H2 : RowCopy.Direction.H2_TO_POSTGRESQL)));
        } catch (RuntimeException e) {
            discard(to, madeDir);
            throw e;
        }
    }
}
