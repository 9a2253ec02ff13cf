package org.caravanqda.app.retrieval;

import java.util.List;
import org.caravanqda.app.common.Selection;

/**
 * Which coded segments to list: the segments of one or several codes (with their sub-codes or
 * not), combined as ANY (a segment of any of them) or ALL (passages where all of them overlap),
 * narrowed by the same {@link Selection} that tables and exports take (coders, documents, a search
 * query). A chart or table cell that is clicked asks for the segments behind it with one of these.
 */
public record RetrievalRequest(List<String> codePaths, Combine combine, boolean withSubcodes, Selection selection) {
    /** How several codes combine. */
    public enum Combine {
        /** Every segment of any of the codes (NVivo's "OR", MAXQDA's simple retrieval). */
        ANY,
        /** Only passages where segments of all the codes overlap (NVivo's "AND", MAXQDA's "Overlapping"). */
        ALL
    }

    public RetrievalRequest {
        codePaths = codePaths == null ? List.of() : List.copyOf(codePaths);
        combine = combine == null ? Combine.ANY : combine;
        selection = selection == null ? Selection.all() : selection;
    }

    /** The segments of one code and its sub-codes, nothing filtered: what a double-click on a code asks. */
    public static RetrievalRequest of(String codePath) {
        return new RetrievalRequest(List.of(codePath), Combine.ANY, true, Selection.all());
    }
}
