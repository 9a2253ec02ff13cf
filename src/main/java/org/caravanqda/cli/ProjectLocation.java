package org.caravanqda.cli;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.store.pg.ServerAddress;
import org.caravanqda.store.pg.ServerFolders;
import picocli.CommandLine;

/**
 * What {@code -p} names: a project folder, or a server project's address ({@code
 * postgresql://host[:port]/database}, ADR 0025), which stands for that project's local folder in
 * the user's cache (index, lock, window channel); opening that folder opens the project on its
 * server. So every command that takes a folder takes an address, unchanged.
 */
final class ProjectLocation implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return resolve(value);
        } catch (CaravanException e) {
            // picocli prints "Invalid value for option '-p': MESSAGE"; the message never repeats a password
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The folder {@code value} stands for; a bad address is one {@link CaravanException}. */
    static Path resolve(String value) {
        if (!ServerAddress.isServer(value)) {
            return Path.of(value);
        }
        return ServerFolders.inUserCache().folderFor(ServerAddress.parse(value));
    }

    /** How to name {@code dir} to the user: the server's address for a server project's folder. */
    static String shown(Path dir) {
        return ServerFolders.isServerFolder(dir)
                ? ServerFolders.addressOf(dir).toString()
                : dir.toAbsolutePath().normalize().toString();
    }
}
