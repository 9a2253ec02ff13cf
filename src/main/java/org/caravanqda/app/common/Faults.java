package org.caravanqda.app.common;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Failures the machine caused, not the user's input and not a bug in Caravan: a full disk, a
 * project folder moved or deleted while a command ran, a heap too small for the work. Each gets
 * one line that says what happened and what to do, instead of "internal error" or, worse, "the
 * database is damaged, restore a backup" (which makes people throw work away).
 *
 * <p>Recognised from the exception chain as the JDK and the libraries build it: every cause and
 * every suppressed exception is looked at (H2 wraps the JDK's {@code IOException("No space left
 * on device")} in an MVStoreException, a DbException and a JdbcSQLException; its batch insert
 * keeps only the message "Writing to ... failed", so then the device's free space decides).
 */
public final class Faults {
    /** Below this a device counts as full when a write on it failed. */
    static final long NEARLY_FULL_BYTES = 64L * 1024 * 1024;

    /** What the JDK says for ENOSPC and EDQUOT on Linux and macOS, and ERROR_DISK_FULL on Windows. */
    private static final List<String> DISK_FULL_WORDS = List.of(
            "no space left on device",
            "not enough space on the disk",
            "disk quota exceeded",
            "there is not enough space",
            "disk full");

    private static final int MAX_LINKS = 64;

    private Faults() {}

    /** What went wrong, as far as the machine is concerned. */
    public enum Kind {
        DISK_FULL,
        FOLDER_GONE,
        OUT_OF_MEMORY
    }

    /**
     * The kind of machine fault behind {@code failure}, or null (a bug, or bad input). {@code
     * project}: the project folder (may be null); missing now, it was moved, renamed or deleted
     * while the command ran. {@code written}: other folders the command wrote to (an export's, the
     * temporary folder), looked at for a full device.
     */
    public static Kind kind(Throwable failure, Path project, List<Path> written) {
        List<Throwable> chain = chain(failure);
        if (chain.stream().anyMatch(t -> t instanceof OutOfMemoryError)) {
            return Kind.OUT_OF_MEMORY;
        }
        if (chain.stream().anyMatch(Faults::saysDiskFull)) {
            return Kind.DISK_FULL;
        }
        boolean io = chain.stream().anyMatch(t -> t instanceof IOException || saysWriteFailed(t));
        if (io && project != null && !Files.isDirectory(project)) {
            return Kind.FOLDER_GONE;
        }
        if (chain.stream().anyMatch(Faults::saysWriteFailed) && nearlyFull(folders(project, written)) != null) {
            return Kind.DISK_FULL; // H2's batch errors keep only "Writing to ... failed", not the cause
        }
        return null;
    }

    /** One line for a machine fault (see {@link #kind}) and what to do, or null when {@code failure} is none. */
    public static String explain(Throwable failure, Path project, List<Path> written) {
        Kind kind = kind(failure, project, written);
        if (kind == null) {
            return null;
        }
        return cause(kind, failure, project, written) + ": "
                + switch (kind) {
                    case OUT_OF_MEMORY ->
                        "close other programs, or start Caravan with more memory"
                                + " (e.g. java -Xmx2g -jar caravan.jar ...), or split the work (fewer or smaller files at a time)";
                    case DISK_FULL ->
                        "free some space (or move the project to a disk with room) and run the command again";
                    case FOLDER_GONE -> "put it back (or use it where it is now) and run the command again";
                };
    }

    /** What happened, in a few words (for a warning after a commit, which must not say "run it again"). */
    public static String cause(Throwable failure, Path project) {
        Kind kind = kind(failure, project, List.of());
        if (kind != null) {
            return cause(kind, failure, project, List.of());
        }
        if (failure instanceof CaravanException) {
            return failure.getMessage();
        }
        return "internal error (" + failure.getClass().getSimpleName() + "), logged in "
                + LogFolder.path().resolve("caravan.log");
    }

    private static String cause(Kind kind, Throwable failure, Path project, List<Path> written) {
        return switch (kind) {
            case OUT_OF_MEMORY ->
                "out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB here)";
            case DISK_FULL -> {
                Path where = deviceOf(failure, folders(project, written));
                yield "no space left on the device holding " + (where == null ? "the project" : where);
            }
            case FOLDER_GONE ->
                "the folder " + project.toAbsolutePath().normalize()
                        + " was moved, renamed or deleted while Caravan was working in it";
        };
    }

    private static List<Path> folders(Path project, List<Path> written) {
        List<Path> all = new ArrayList<>();
        if (project != null) {
            all.add(project);
        }
        all.addAll(written);
        return all;
    }

    /** Whether the failure's chain says a disk (or quota) is full. */
    public static boolean saysDiskFull(Throwable t) {
        String m = message(t);
        return DISK_FULL_WORDS.stream().anyMatch(m::contains);
    }

    /** H2's MVStore: "Writing to ... failed" (DataUtils.ERROR_WRITING_FAILED, code 2). */
    private static boolean saysWriteFailed(Throwable t) {
        String m = message(t);
        return m.contains("writing to ") && m.contains(" failed");
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            m = m + " " + fs.getReason();
        }
        return m == null ? "" : m.toLowerCase(Locale.ROOT);
    }

    /** The device to name: the file a FileSystemException names, else the first nearly full folder, else the first. */
    private static Path deviceOf(Throwable failure, List<Path> folders) {
        for (Throwable t : chain(failure)) {
            if (t instanceof FileSystemException fs && fs.getFile() != null && !(t instanceof NoSuchFileException)) {
                Path file = Path.of(fs.getFile()).toAbsolutePath();
                Path dir = file.getParent() == null ? file : file.getParent();
                if (Files.isDirectory(dir)) {
                    return dir.normalize();
                }
            }
        }
        Path full = nearlyFull(folders);
        if (full != null) {
            return full;
        }
        return folders.stream()
                .filter(f -> f != null)
                .map(f -> f.toAbsolutePath().normalize())
                .findFirst()
                .orElse(null);
    }

    private static Path nearlyFull(List<Path> folders) {
        for (Path f : folders) {
            if (f == null || !Files.isDirectory(f)) {
                continue;
            }
            try {
                if (Files.getFileStore(f).getUsableSpace() < NEARLY_FULL_BYTES) {
                    return f.toAbsolutePath().normalize();
                }
            } catch (IOException e) {
                // cannot tell: not this one
            }
        }
        return null;
    }

    /** Every exception reachable from {@code failure}: its causes and suppressed ones, each once. */
    public static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty() && out.size() < MAX_LINKS) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return out;
    }
}
