package org.caravanqda.app.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.Selection;

/**
 * Which coded segments to list: the segments of one or several codes (with their sub-codes or
 * not), combined as ANY (a segment of any of them) or ALL (passages where all of them overlap),
 * narrowed by the same {@link Selection} that tables and exports take (coders, documents, a search
 * query) and by attribute values ({@code wave=autumn-2022}: only the documents with that value; several
 * must all hold). A chart or table cell that is clicked asks for the segments behind it with one of these.
 */
public record RetrievalRequest(
        List<String> codePaths,
        Combine combine,
        boolean withSubcodes,
        Selection selection,
        Map<String, String> attributes) {
    /** How several codes combine. */
    public enum Combine {
        /** Every segment of any of the codes (NVivo's "OR", MAXQDA's simple retrieval). */
        ANY,
        /** Only passages where segments of all the codes overlap (NVivo's "AND", MAXQDA's "Overlapping"). */
        ALL,
        /**
         * The segments of the codes in the turns or paragraphs where all of them occur: what a
         * co-occurrence cell counts (units with both codes), so a click on it lists what it counted.
         */
        SAME_UNIT
    }

    public RetrievalRequest {
        codePaths = codePaths == null ? List.of() : List.copyOf(codePaths);
        combine = combine == null ? Combine.ANY : combine;
        selection = selection == null ? Selection.all() : selection;
        attributes =
                attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** No attribute filter. */
    public RetrievalRequest(List<String> codePaths, Combine combine, boolean withSubcodes, Selection selection) {
        this(codePaths, combine, withSubcodes, selection, Map.of());
    }

    /** The segments of one code and its sub-codes, nothing filtered: what a double-click on a code asks. */
    public static RetrievalRequest of(String codePath) {
        return new RetrievalRequest(List.of(codePath), Combine.ANY, true, Selection.all());
    }

    /** The same request, only in documents whose attribute {@code name} has {@code value} (e.g. a matrix cell). */
    public RetrievalRequest withAttribute(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(name, value);
        return new RetrievalRequest(codePaths, combine, withSubcodes, selection, more);
    }
}
