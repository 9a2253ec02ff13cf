package org.caravanqda.app.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
}
