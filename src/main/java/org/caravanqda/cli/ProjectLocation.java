package org.caravanqda.cli;

import java.nio.file.Path;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.CaravanException;
import picocli.CommandLine;

/**
 * What {@code -p} names: a project folder, or a server project's address ({@code
 * postgresql://host[:port]/database}, ADR 0025), which stands for that project's local folder in
 * the user's cache (index, lock, window channel); opening that folder opens the project on its
 * server. So every command that takes a folder takes an address, unchanged.
 */
final class ProjectLocation implements CommandLine.ITypeConverter<Path> {
    private final CliContext ctx;

    /** Built by the command line's factory, with the context. */
    ProjectLocation(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Path convert(String value) {
        try {
            return resolve(ctx.app(), value);
        } catch (CaravanException e) {
            // picocli prints "Invalid value for option '-p': MESSAGE"; the message never repeats a password
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The folder {@code value} stands for; a bad address is one {@link CaravanException}. */
    static Path resolve(Caravan app, String value) {
        return app.isServerAddress(value) ? app.serverFolder(value) : Path.of(value);
    }

    /** The database an address names (the default name of a project made there). */
    static String database(String address) {
        String s = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
