package org.caravanqda.app.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Removes temporary folders; a leftover temp folder is harmless, so failures are ignored. */
public final class TempFolders {
    private TempFolders() {}

    public static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // see class comment
        }
    }

    /**
     * Runs {@code work} in a new folder under {@code parent} and deletes the folder after it; returns what
     * {@code work} returned (the steps that failed), or the one failure of making the folder.
     */
    public static List<String> withFolder(Path parent, String prefix, Function<Path, List<String>> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            return List.of("a temporary folder: " + e.getMessage());
        }
        try {
            return work.apply(dir);
        } finally {
            deleteTree(dir);
        }
    }
}
