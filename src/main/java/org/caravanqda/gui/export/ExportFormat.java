package org.caravanqda.gui.export;

import java.util.Locale;

/** What the export dialog writes; the file's extension is the CLI's way to pick the same. */
public enum ExportFormat {
    XLSX("Excel workbook: segments, codebook, tables, About (.xlsx)", "xlsx", "segments"),
    CSV("Segments table (.csv)", "csv", "segments"),
    QDPX("REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder (.qdpx)", "qdpx", "project"),
    QDC("REFI-QDA codebook (.qdc)", "qdc", "codebook"),
    MARKDOWN("Codebook as Markdown, for an appendix (.md)", "md", "codebook");

    private final String label;
    private final String extension;
    private final String what;

    ExportFormat(String label, String extension, String what) {
        this.label = label;
        this.extension = extension;
        this.what = what;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    /** The name suggested for a project's export: e.g. demo-segments.xlsx. */
    String suggestedName(String project) {
        return project + "-" + what + "." + extension;
    }

    /** A table of coded segments (coders, documents, query, context, agreement sheets apply). */
    public boolean segments() {
        return this == XLSX || this == CSV;
    }

    /** {@code path} with this format's extension in place of its own. */
    java.nio.file.Path withExtension(java.nio.file.Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (this == MARKDOWN || this == QDC) {
            stem = stem.replaceFirst("-(segments|project)$", "-codebook");
        } else if (this == QDPX) {
            stem = stem.replaceFirst("-(segments|codebook)$", "-project");
        } else {
            stem = stem.replaceFirst("-(project|codebook)$", "-segments");
        }
        return path.resolveSibling(stem + "." + extension);
    }

    static ExportFormat of(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
