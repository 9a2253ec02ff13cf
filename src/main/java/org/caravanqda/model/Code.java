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

    /** The longest name the store keeps (code.name VARCHAR(500)). */
    public static final int MAX_NAME_LENGTH = 500;

    public Code {
        checkName(name);
    }

    /** Refuses a name Caravan cannot keep: empty or too long ('/' is kept: paths write it as {@code \/}). */
    public static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a code needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a code name can have at most " + MAX_NAME_LENGTH
                    + " characters; one has " + name.length() + " (it starts '" + name.substring(0, 40) + "...')");
        }
    }

    public Code withId(long newId, Long newParentId) {
        return new Code(
                newId, guid, newParentId, name, color, definition, inclusion, exclusion, example, codable, sortOrder);
    }
}
