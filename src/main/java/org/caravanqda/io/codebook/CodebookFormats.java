package org.caravanqda.io.codebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caravanqda.app.port.CodebookFormat;

/** Every codebook format Caravan knows, found by file extension. */
public final class CodebookFormats {
    private static final List<CodebookFormat> ALL =
            List.of(new QdcCodebookFormat(), new MarkdownCodebookFormat(), new RefiProjectCodebookFormat());

    private CodebookFormats() {}

    public static List<CodebookFormat> all() {
        return ALL;
    }

    /** By extension, with or without the dot, any letter case: "qdc", ".QDC". */
    public static Optional<CodebookFormat> byExtension(String extension) {
        String ext = extension.strip().toLowerCase(Locale.ROOT);
        String bare = ext.startsWith(".") ? ext.substring(1) : ext;
        return ALL.stream().filter(f -> f.extensions().contains(bare)).findFirst();
    }

    /** By the extension of a file name, e.g. "appendix.md". */
    public static Optional<CodebookFormat> forFile(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byExtension(name.substring(dot + 1));
    }

    /** Extensions that can be imported, for help texts and error messages: "qdc, qde, qdpx". */
    public static List<String> readableExtensions() {
        return ALL.stream()
                .filter(CodebookFormat::canRead)
                .flatMap(f -> f.extensions().stream())
                .sorted()
                .toList();
    }

    /** Extensions a codebook can be exported to: "md, qdc". */
    public static List<String> writableExtensions() {
        return ALL.stream()
                .filter(f -> !(f instanceof RefiProjectCodebookFormat))
                .flatMap(f -> f.extensions().stream())
                .sorted()
                .toList();
    }
}
