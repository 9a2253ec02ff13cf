package org.caravanqda.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.util.PrivateFiles;

/**
 * Where an export goes: a bare file name lands in the project's exports/ folder, any other path as
 * given; inside the project folder no link is followed on the way. An encrypted project's folder, and a server project's local folder, must not receive one (an export is a plaintext file): the
 * check compares real paths, symbolic links followed, so that no link to the folder, inside it or
 * on the way to it, and no project opened through a link, gets an export in.
 */
public final class ExportTarget {
    public static final String DEFAULT_FOLDER = "exports";

    private ExportTarget() {}

    /**
     * The file an export of {@code store} writes for {@code out}; refused for an encrypted project
     * when it lies in the project's folder, by its name or by where the file system takes it.
     */
    public static Path of(ProjectStore store, Path out) {
        Path dir = store.directory().toAbsolutePath().normalize();
        Path given = out.getParent() == null ? dir.resolve(DEFAULT_FOLDER).resolve(out) : out.toAbsolutePath();
        Path target = given.normalize();
        if (store.derivedDataEncrypted() && (target.startsWith(dir) || inside(store, given))) {
            throw refused(store, target);
        }
        if (target.startsWith(dir)) {
            // inside the project folder (exports/ by default): never through a link, and its owner's only
            Path link = PrivateFiles.firstLink(dir, target);
            if (link != null) {
                throw new CaravanException(PrivateFiles.linkRefusal(link));
            }
            try {
                PrivateFiles.folderIn(dir, target.getParent());
            } catch (java.io.IOException e) {
                throw new CaravanException("cannot make the folder for " + target + ": " + e.getMessage(), e);
            }
        }
        return target;
    }

    /**
     * Checks again the file an export is about to fill (its temporary file, which exists now, with
     * any folder created for it): folders made on the way may have turned a path into one that
     * leads into the project. The caller's temporary file is deleted when this throws.
     */
    public static void requireOutside(ProjectStore store, Path file) {
        if (store.derivedDataEncrypted() && inside(store, file)) {
            throw refused(store, file.toAbsolutePath().normalize());
        }
    }

    private static CaravanException refused(ProjectStore store, Path target) {
        String why = store.encrypted()
                ? "this project is encrypted"
                : "this server project's local folder keeps only encrypted data (ADR 0030)";
        return new CaravanException(why + " and an export is a plaintext file: give a path outside "
                + "the project folder (for example an encrypted drive), not " + target
                + " (symbolic links are followed: the file would be in the project folder)");
    }

    /** Whether {@code p} is, or leads through links to, a place in the project folder. */
    private static boolean inside(ProjectStore store, Path p) {
        Path dir = real(store.directory().toAbsolutePath());
        Path abs = p.toAbsolutePath();
        if (resolved(abs).startsWith(dir)) {
            return true;
        }
        // the entry itself, where a write replaces a link rather than follow it
        Path parent = abs.getParent();
        return parent != null
                && abs.getFileName() != null
                && resolved(parent).resolve(abs.getFileName()).normalize().startsWith(dir);
    }

    /**
     * Where the file system takes {@code p}: the real path of its longest existing ancestor (links
     * followed, ".." after a link taken as the file system takes it), the names that do not exist
     * yet appended.
     */
    static Path resolved(Path p) {
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path out = existing == null ? p.getRoot() : real(existing);
        if (out == null) {
            return p.normalize();
        }
        while (!missing.isEmpty()) {
            out = out.resolve(missing.pop());
        }
        return out.normalize();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
