package org.caravanqda.app.codebook;

import org.caravanqda.model.Code;

/** A line of the codebook tree: its path, depth (0 for top level), and coding counts. */
public record CodeNode(String path, int depth, Code code, int codings, int codingsWithDescendants) {}
