package org.caravanqda.model;

/**
 * A code of the codebook. {@code parentId} is null for top-level codes. {@code codable} false
 * marks a pure grouping node.
 */
public record Code(
        long id,
        String guid,
        Long parentId,
        String name,
        String color,
        String definition,
        String inclusion,
        String exclusion,
        String example,
        boolean codable,
        int sortOrder) {

    public Code {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a code needs a name");
        }
        if (name.contains(CodePath.SEPARATOR)) {
            throw new IllegalArgumentException("a code name cannot contain '" + CodePath.SEPARATOR + "': " + name);
        }
    }

    public Code withId(long newId, Long newParentId) {
        return new Code(
                newId, guid, newParentId, name, color, definition, inclusion, exclusion, example, codable, sortOrder);
    }
}
