package org.caravanqda.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;

/** Expands the paths of an import into the files to read, each with its reader and document name. */
public final class ImportFiles {
    /** {@code walked}: found in a folder (empty files there are passed over), not named on its own. */
    record Item(Path file, DocumentReader reader, String name, boolean walked) {}

    private ImportFiles() {}

    static List<Item> expand(List<Path> paths, Map<String, DocumentReader> readers, List<String> skipped) {
        List<Found> found = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : walk(p)) {
                    if (readers.containsKey(extension(f))) {
                        found.add(new Found(f, p));
                    } else {
                        skipped.add(f + ": not a supported transcript type");
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (!readers.containsKey(extension(p))) {
                    throw new CaravanException(p + ": unsupported file type"
                            + (extension(p).isEmpty() ? "" : " ." + extension(p)) + " (supported: "
                            + String.join(
                                    ", ",
                                    readers.keySet().stream()
                                            .sorted()
                                            .map(e -> "." + e)
                                            .toList()) + ")");
                }
                found.add(new Found(p, null));
            } else {
                throw new CaravanException(p + ": no such file or folder");
            }
        }
        if (found.isEmpty()) {
            throw new CaravanException("nothing to import: no supported transcript files in " + paths);
        }
        Map<String, Long> baseNames =
                found.stream().collect(Collectors.groupingBy(Found::baseName, Collectors.counting()));
        List<Item> out = new ArrayList<>();
        for (Found f : found) {
            // files of the same name in different subfolders (index.md, interview.docx) are told apart by their folders
            String name = f.folder() != null && baseNames.get(f.baseName()) > 1
                    ? inFolder(f.file(), f.folder())
                    : f.baseName();
            out.add(new Item(f.file(), readers.get(extension(f.file())), name, f.folder() != null));
        }
        return out;
    }

    /** A file to import and the folder it was found in (null when named on its own). */
    private record Found(Path file, Path folder) {
        String baseName() {
            return file.getFileName().toString();
        }
    }

    /** The file's path from the walked folder's own name on, with / between the parts: "guide/occupation/index.md". */
    private static String inFolder(Path file, Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path from = abs.getParent() == null ? abs : abs.getParent();
        List<String> parts = new ArrayList<>();
        from.relativize(file.toAbsolutePath().normalize()).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
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

    public static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
