package org.caravanqda.app.port;

import java.util.OptionalLong;

/**
 * Optimistic versions (issue #20, ADR 0026): code, coding, memo, pseudonym and attribute value rows
 * carry a version that every update or delete bumps. An edit names the version its user saw; when
 * another edit came first, the row's version differs and the edit is refused, never applied over it.
 */
public interface Versions {
    /** The tables that carry a version. */
    enum Versioned {
        CODE("code"),
        CODING("coding"),
        MEMO("memo"),
        PSEUDONYM("pseudonym"),
        ATTRIBUTE_VALUE("attribute_value");

        private final String table;

        Versioned(String table) {
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    /** The row's current version; empty when there is no such row. */
    OptionalLong current(Versioned kind, long id);

    /** The current versions of these rows (those that exist), as a window shows them beside the rows. */
    default java.util.Map<Long, Long> current(Versioned kind, java.util.Collection<Long> ids) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : ids) {
            current(kind, id).ifPresent(v -> out.put(id, v));
        }
        return out;
    }

    /**
     * {@code UPDATE kind SET version = version + 1 WHERE id = ? AND version = ?} (no version
     * condition when {@code seen} is null): true when it changed the row, which it then holds
     * locked until the transaction ends; false when the row is gone or at another version.
     */
    boolean bump(Versioned kind, long id, Long seen);
}
