package org.caravanqda.io.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caravanqda.app.port.DocumentReader;

/** The transcript readers of this package, looked up by file extension. */
public final class Readers {
    private static final List<DocumentReader> ALL =
            List.of(new TxtReader(), new MarkdownReader(), new DocxReader(), new OdtReader(), new SubtitleReader());

    private Readers() {}

    public static List<DocumentReader> all() {
        return ALL;
    }

    /** The reader for an extension such as {@code "docx"} or {@code ".DOCX"}. */
    public static Optional<DocumentReader> forExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return ALL.stream().filter(r -> r.extensions().contains(ext)).findFirst();
    }

    /** The reader for a file, by the extension of its name. */
    public static Optional<DocumentReader> forFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : forExtension(name.substring(dot + 1));
    }
}
