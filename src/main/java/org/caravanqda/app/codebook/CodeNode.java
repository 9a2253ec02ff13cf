package org.caravanqda.app.codebook;

import java.util.List;
import org.caravanqda.model.Code;

/**
 * A line of the codebook tree: its path, depth (0 for top level), coding counts (own, and
 * including descendants), and its own codings counted per coder and document ({@code uses}), so
 * a view can count one coder's codings and documents without reading the project again.
 */
public record CodeNode(
        String path, int depth, Code code, int codings, int codingsWithDescendants, List<Use> uses, long version) {

    /** How many codings {@code coder} made with this code in one document. */
    public record Use(String coder, long document, int codings) {}

    public CodeNode {
        uses = List.copyOf(uses);
    }

    /** A node with counts but no per-coder detail. */
    public CodeNode(String path, int depth, Code code, int codings, int codingsWithDescendants) {
        this(path, depth, code, codings, codingsWithDescendants, List.of());
    }

    /** A node whose version was not read (-1: its edits name none). */
    public CodeNode(String path, int depth, Code code, int codings, int codingsWithDescendants, List<Use> uses) {
        this(path, depth, code, codings, codingsWithDescendants, uses, -1);
    }

    /** The version read with the tree, as an edit names it (null: unknown, no check). */
    public Long seenVersion() {
        return version < 0 ? null : version;
    }
}
