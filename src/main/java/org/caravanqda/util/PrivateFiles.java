package org.caravanqda.util;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a project folder (issue #22): readable by their owner only, and never written
 * through a symbolic link. A folder someone sent may hold a link where Caravan writes its own
 * file (the lock, the index, backups/, exports/); writing through it would overwrite whatever the
 * link points at, so such a link is refused with {@link #linkRefusal}. The project folder itself
 * is the user's choice and may be reached through links; only what lies inside it is checked.
 *
 * <p>On POSIX file systems folders get rwx------ and files rw-------; elsewhere (Windows) the
 * folder's inherited access list is left as it is.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /**
     * The first symbolic link on the way from {@code root} down to {@code path} (both ends
     * included, {@code root} itself excluded), or null when there is none or {@code path} does
     * not lie inside {@code root}.
     */
    public static Path firstLink(Path root, Path path) {
        Path r = root.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(r) || p.equals(r)) {
            return null;
        }
        Path at = r;
        for (Path name : r.relativize(p)) {
            at = at.resolve(name);
            if (Files.isSymbolicLink(at)) {
                return at;
            }
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                return null; // nothing further down exists yet
            }
        }
        return null;
    }

    /** The one wording of a refused link, for every layer's message. */
    public static String linkRefusal(Path link) {
        return link + " is a symbolic link, and Caravan never writes through a link in a project folder (it would"
                + " change whatever the link points at): replace it with a real "
                + (Files.isDirectory(link) ? "folder" : "file") + " or remove it, then try again";
    }

    /** Whether this file system has POSIX permissions (Linux, macOS), so owner-only modes apply. */
    public static boolean posix(Path path) {
        try {
            Path existing = path.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null
                    && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }

    /** For creating a file that is its owner's only from the start (rw-------), or nothing where not POSIX. */
    public static FileAttribute<?>[] ownerOnlyFile(Path path) {
        return posix(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /**
     * Makes a folder rwx------ or a file rw------- where the file system has POSIX permissions.
     * Links are left alone (they are refused where they matter), and so is a file the user does not
     * own (the attempt fails quietly: what it protects is the user's, not Caravan's, to decide).
     */
    public static void ownerOnly(Path path) {
        if (path == null || Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view =
                Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
        try {
            if (!view.readAttributes().permissions().equals(wanted)) {
                view.setPermissions(wanted);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not ours to change; the folder above, when it is ours, still keeps others out
        }
    }

    /** {@link #ownerOnly} for a folder and everything in it (links are not followed). */
    public static void ownerOnlyTree(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            ownerOnly(dir);
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.forEach(PrivateFiles::ownerOnly);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file that went away while we walked needs nothing
        }
    }

    /**
     * Creates a folder (and its missing parents) inside {@code root}, refusing a link on the way,
     * and makes the folders it created and the folder itself its owner's only.
     *
     * @throws FileSystemException naming the link, with {@link #linkRefusal} as its reason
     */
    public static Path folderIn(Path root, Path folder) throws IOException {
        Path link = firstLink(root, folder);
        if (link != null) {
            throw new FileSystemException(link.toString(), null, linkRefusal(link));
        }
        Files.createDirectories(folder);
        Path r = root.toAbsolutePath().normalize();
        for (Path at = folder.toAbsolutePath().normalize(); at != null && at.startsWith(r); at = at.getParent()) {
            ownerOnly(at);
        }
        return folder;
    }
}
