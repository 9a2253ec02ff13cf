package org.caravanqda.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way Caravan writes a file that must never be seen half written (exports, codebooks,
 * backups, key parameters, encrypted index files): the content goes to a hidden temporary file
 * in the target's folder, which is then renamed over the target in one atomic move. A failure
 * deletes the temporary file and leaves the target as it was.
 *
 * <p>A symbolic link at the target is never followed: the move replaces the link itself, and a
 * target that is a folder (not through a link) is refused before anything is written.
 *
 * <pre>{@code
 * AtomicFiles.to(target).write(tmp -> Files.writeString(tmp, text));
 * AtomicFiles.to(backup).synced().write(tmp -> zipInto(tmp));  // on disk before it takes the name
 * }</pre>
 */
public final class AtomicFiles {
    private static final String TEMP_SUFFIX = ".tmp";
    private final Path target;
    private final boolean sync;
    private final boolean atomicOnly;
    private final String tempSuffix;

    private AtomicFiles(Path target, boolean sync, boolean atomicOnly, String tempSuffix) {
        this.target = target;
        this.sync = sync;
        this.atomicOnly = atomicOnly;
        this.tempSuffix = tempSuffix;
    }

    /** Fills the temporary file (which exists, empty); may return what it wrote. */
    @FunctionalInterface
    public interface Content<T, E extends Exception> {
        T writeTo(Path tmp) throws IOException, E;
    }

    /** Fills the temporary file through a stream that {@link #stream} opens and closes. */
    @FunctionalInterface
    public interface StreamContent<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /**
     * A write to {@code target}: not forced to disk, moved atomically where the file system can
     * (else replacing the target in a plain move), through a temporary file ending in ".tmp".
     */
    public static AtomicFiles to(Path target) {
        return new AtomicFiles(target.toAbsolutePath(), false, false, TEMP_SUFFIX);
    }

    /** Forces the temporary file's content to disk before it takes the target's name. */
    public AtomicFiles synced() {
        return new AtomicFiles(target, true, atomicOnly, tempSuffix);
    }

    /** Fails rather than falling back to a plain move where the file system cannot move atomically. */
    public AtomicFiles atomicOnly() {
        return new AtomicFiles(target, sync, true, tempSuffix);
    }

    /** The temporary file's name ends with {@code suffix} (readers of the folder pass such files over). */
    public AtomicFiles tempSuffix(String suffix) {
        return new AtomicFiles(target, sync, atomicOnly, suffix);
    }

    /** Creates the folder if needed, has {@code content} fill the temporary file, and moves it into place. */
    public <T, E extends Exception> T write(Content<T, E> content) throws IOException, E {
        Path dir = target.getParent();
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder");
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), tempSuffix);
        boolean moved = false;
        try {
            T result = content.writeTo(tmp);
            if (sync) {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            move(tmp, target, !atomicOnly);
            moved = true;
            return result;
        } finally {
            if (!moved) {
                deleteQuietly(tmp);
            }
        }
    }

    /** As {@link #write}, with the temporary file opened as a stream (closed before the move). */
    public <E extends Exception> void stream(StreamContent<E> content) throws IOException, E {
        this.<Void, E>write(tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            return null;
        });
    }

    /**
     * Renames {@code from} (a file or folder) to {@code to} in one atomic move, replacing what is
     * there (a link at {@code to} is replaced, not followed). With {@code plainMoveIfNeeded}, a
     * file system that cannot move atomically gets a plain move instead; without it, the move fails.
     */
    public static void move(Path from, Path to, boolean plainMoveIfNeeded) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            if (!plainMoveIfNeeded) {
                throw e;
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file if it is there; a failure is ignored (for hidden temporary files only). */
    public static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden temporary file left behind is harmless
        }
    }
}
