package org.caravanqda.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.caravanqda.model.Coding;

/**
 * Which codings tables and exports count. {@code coders} and {@code documents} (names, with or
 * without extension) empty mean all. {@code segments} is the seam for a search query
 * ({@code --query}, coming with search): it keeps the codings the query selected.
 */
public record Selection(Set<String> coders, List<String> documents, Predicate<Coding> segments, String segmentsLabel) {
    public Selection {
        coders = coders == null ? Set.of() : Set.copyOf(coders);
        documents = documents == null ? List.of() : List.copyOf(documents);
        segments = segments == null ? c -> true : segments;
    }

    public static Selection all() {
        return new Selection(Set.of(), List.of(), null, null);
    }

    public static Selection of(Set<String> coders, List<String> documents) {
        return new Selection(coders, documents, null, null);
    }

    /** Adds a segment filter, e.g. a query's hits; {@code label} describes it in the About sheet. */
    public Selection withSegments(Predicate<Coding> filter, String label) {
        return new Selection(coders, documents, filter, label);
    }

    /** For the About sheet and messages: "coders: anna; documents: a.txt, b.txt" or "everything". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!coders.isEmpty()) {
            parts.add("coders: " + String.join(", ", coders.stream().sorted().toList()));
        }
        if (!documents.isEmpty()) {
            parts.add("documents: " + String.join(", ", documents));
        }
        if (segmentsLabel != null) {
            parts.add(segmentsLabel);
        }
        return parts.isEmpty() ? "none (all codings of all coders in all documents)" : String.join("; ", parts);
    }
}
