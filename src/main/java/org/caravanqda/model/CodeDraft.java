package org.caravanqda.model;

import java.util.List;

/**
 * A code as read from or written to a codebook file, before it has a database id. {@code guid}
 * may be null (one is made on import).
 */
public record CodeDraft(
        String guid,
        String name,
        String color,
        String definition,
        String inclusion,
        String exclusion,
        String example,
        boolean codable,
        List<CodeDraft> children) {
    public CodeDraft {
        children = List.copyOf(children);
    }

    public int size() {
        return 1 + children.stream().mapToInt(CodeDraft::size).sum();
    }
}
