package org.caravanqda.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.caravanqda.app.port.DocumentReader;

/** Expands the paths of an import into the files to read, each with its reader. */
final class ImportFiles {
    record Item(Path file, DocumentReader reader) {
    }

    private ImportFiles() {
    }

    static List<Item> expand(List<Path> paths, Map<String, DocumentReader> readers, List<String> skipped) {
        List<Item> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : walk(p)) {
                    DocumentReader r = readers.get(extension(f));
                    if (r != null) {
                        out.add(new Item(f, r));
                    } else {
                        skipped.add(f + ": not a supported transcript type");
                    }
                }
            } else if (Files.isRegularFile(p)) {
                DocumentReader r = readers.get(extension(p));
                if (r == null) {
                    throw new CaravanException(p + ": unsupported file type" + (extension(p).isEmpty() ? "" : " ." + extension(p))
                            + " (supported: " + String.join(", ", readers.keySet().stream().sorted().map(e -> "." + e).toList()) + ")");
                }
                out.add(new Item(p, r));
            } else {
                throw new CaravanException(p + ": no such file or folder");
            }
        }
        if (out.isEmpty()) {
            throw new CaravanException("nothing to import: no supported transcript files in " + paths);
        }
        return out;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CaravanException("cannot read folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
