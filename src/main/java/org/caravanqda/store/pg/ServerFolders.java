package org.caravanqda.store.pg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;

/**
 * The local folder of a server project (ADR 0025): in the user's cache folder, one per server,
 * database and user, owner-only. It holds what is derived and local, never the data: the search
 * index, the lock that makes one process per machine hold the project (a second one on this
 * machine forwards its command line to the window, as for a folder project), the window's command
 * channel, and {@value #NOTE}, which names the server so the folder opens that server project.
 */
public final class ServerFolders {
    /** The note that makes a folder a server project's local folder. */
    public static final String NOTE = "server.properties";

    private final Path root;

    /** Under {@code root} (tests); {@link #inUserCache()} for the user's own. */
    public ServerFolders(Path root) {
        this.root = root;
    }

    /**
     * {@code caravan.cache} (a system property), else XDG_CACHE_HOME, else the platform's cache
     * folder (~/.cache, ~/Library/Caches, %LOCALAPPDATA%), then caravan/servers.
     */
    public static ServerFolders inUserCache() {
        String prop = System.getProperty("caravan.cache");
        if (prop != null && !prop.isBlank()) {
            return new ServerFolders(Path.of(prop).resolve("servers"));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path cache;
        if (xdg != null && !xdg.isBlank()) {
            cache = Path.of(xdg);
        } else if (os.contains("mac")) {
            cache = home.resolve("Library").resolve("Caches");
        } else if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            cache = Path.of(System.getenv("LOCALAPPDATA"));
        } else {
            cache = home.resolve(".cache");
        }
        return new ServerFolders(cache.resolve("caravan").resolve("servers"));
    }

    /** The local folder of {@code a}, made (owner-only) with its note when it is not there yet. */
    public Path folderFor(ServerAddress a) {
        String key = a.host() + "\0" + a.port() + "\0" + a.database() + "\0" + a.user();
        Path dir = root.resolve(safe(a.host()) + "_" + a.port() + "_" + safe(a.database()) + "_" + safe(a.user()) + "_"
                + Integer.toHexString(key.hashCode()));
        try {
            Files.createDirectories(dir);
            PrivateFiles.ownerOnly(dir);
            Properties p = new Properties();
            p.setProperty("host", a.host());
            p.setProperty("port", Integer.toString(a.port()));
            p.setProperty("database", a.database());
            p.setProperty("user", a.user());
            new TreeMap<>(a.options()).forEach((k, v) -> p.setProperty("option." + k, v));
            if (!p.equals(read(dir.resolve(NOTE)))) {
                AtomicFiles.to(dir.resolve(NOTE)).stream(
                        out -> p.store(out, "the server project this folder belongs to (Caravan, ADR 0025)"));
            }
            PrivateFiles.ownerOnly(dir.resolve(NOTE));
            return dir;
        } catch (IOException e) {
            throw new CaravanException("cannot make the local folder " + dir + " of " + a + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} is a server project's local folder. */
    public static boolean isServerFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(NOTE)) && !Files.isSymbolicLink(dir.resolve(NOTE));
    }

    /** The server a local folder belongs to. */
    public static ServerAddress addressOf(Path dir) {
        Properties p = read(dir.resolve(NOTE));
        if (p == null || p.getProperty("host") == null || p.getProperty("database") == null) {
            throw new CaravanException(
                    dir + " is not the local folder of a server project (its " + NOTE + " is missing or damaged)");
        }
        Map<String, String> options = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("option.")) {
                options.put(k.substring("option.".length()), p.getProperty(k));
            }
        }
        try {
            return new ServerAddress(
                    p.getProperty("host"),
                    Integer.parseInt(p.getProperty("port", "5432")),
                    p.getProperty("database"),
                    p.getProperty("user", System.getProperty("user.name")),
                    options);
        } catch (NumberFormatException e) {
            throw new CaravanException(dir.resolve(NOTE) + " names no valid port");
        }
    }

    private static Properties read(Path note) {
        if (!Files.isRegularFile(note)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(note)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A name part safe in a file name on every platform. */
    private static String safe(String s) {
        String out = s.replaceAll("[^A-Za-z0-9.-]", "-");
        return out.isEmpty() ? "-" : out;
    }
}
