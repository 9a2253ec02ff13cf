package org.caravanqda.model;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a change-log entry records. Each action keeps the string the change_log table has always
 * stored ("coding.add"), so projects need no migration; a string this Caravan does not know
 * (written by a newer one) reads as {@link #UNKNOWN}.
 */
public enum ChangeAction {
    DOCUMENT_IMPORT("document.import"),
    CODING_ADD("coding.add"),
    /** Codings the bench inserts straight into the store, many to one entry. */
    CODING_ADD_BULK("coding.add.bulk"),
    CODING_REMOVE("coding.remove"),
    CODING_MEMO("coding.memo"),
    CODE_ADD("code.add"),
    CODE_EDIT("code.edit"),
    CODE_MOVE("code.move"),
    CODE_MERGE("code.merge"),
    CODE_DELETE("code.delete"),
    CODEBOOK_IMPORT("codebook.import"),
    ATTRIBUTES_IMPORT("attributes.import"),
    REFI_IMPORT("refi.import"),
    PSEUDONYM_IMPORT("pseudonym.import"),
    PSEUDONYM_ADD("pseudonym.add"),
    PSEUDONYM_UPDATE("pseudonym.update"),
    PSEUDONYM_REMOVE("pseudonym.remove"),
    PSEUDONYM_CLEAR("pseudonym.clear"),
    MEMO_ADD("memo.add"),
    MEMO_EDIT("memo.edit"),
    MEMO_REMOVE("memo.remove"),
    /** A document's text corrected (issue 21): codings moved, some perhaps orphaned; the old text kept. */
    DOCUMENT_REPLACE("document.replace"),
    /** An orphaned coding attached to new text. */
    ORPHAN_ATTACH("orphan.attach"),
    /** An orphaned coding removed. */
    ORPHAN_REMOVE("orphan.remove"),
    MEDIA_ATTACH("media.attach"),
    MEDIA_DETACH("media.detach"),
    /** A document renamed. */
    DOCUMENT_RENAME("document.rename"),
    /** A document removed with its codings and memos (a backup is written first by the window). */
    DOCUMENT_DELETE("document.delete"),
    /** An attribute defined (name and type) without values. */
    ATTRIBUTE_DEFINE("attribute.define"),
    /** One attribute value of a document or a case set or cleared (the attribute table). */
    ATTRIBUTE_SET("attribute.set"),
    /** A case created, renamed, given documents, or removed. */
    CASE_EDIT("case.edit"),
    /** Cases and their documents (and attributes) from a CSV. */
    CASES_IMPORT("cases.import"),
    /** Read only: an action stored by a newer Caravan. It is never written. */
    UNKNOWN(null);

    private static final Map<String, ChangeAction> BY_STORED = Stream.of(values())
            .filter(a -> a.stored != null)
            .collect(Collectors.toUnmodifiableMap(a -> a.stored, Function.identity()));
    private final String stored;

    ChangeAction(String stored) {
        this.stored = stored;
    }

    /** The string change_log stores for this action. */
    public String stored() {
        if (stored == null) {
            throw new IllegalStateException("an unknown action is never written");
        }
        return stored;
    }

    /** The action a stored string names; {@link #UNKNOWN} for one this Caravan does not know (or null). */
    public static ChangeAction fromStored(String stored) {
        return stored == null ? UNKNOWN : BY_STORED.getOrDefault(stored, UNKNOWN);
    }
}
