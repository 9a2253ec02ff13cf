package org.caravanqda.app.port;

/**
 * How far a project's store had got, as recorded beside its derived search index (and in the
 * index's own commit data): the project it belongs to, its change generation (the highest
 * change_log sequence) and a fingerprint of the change-log entry at that generation. The store
 * only moves forward, so a store found behind its mark lost its tail or was put back (ADR 0018).
 *
 * @param project an opaque id of the project (derived from its name and creation time; keyed
 *     with the derived data key when the project is encrypted), never its name
 * @param generation the change generation, 0 for a store with no change-log entry
 * @param entry an opaque fingerprint of the change-log entry at {@code generation} ("" at 0, or
 *     when not known): two stores with the same generation but different histories differ here
 */
public record StoreMark(String project, long generation, String entry) {
    public StoreMark {
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("a store mark needs a project id");
        }
        entry = entry == null ? "" : entry;
    }
}
