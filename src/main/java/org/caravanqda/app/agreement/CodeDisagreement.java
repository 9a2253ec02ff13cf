package org.caravanqda.app.agreement;

import java.util.List;
import java.util.Map;
import org.caravanqda.app.coding.CodingView;

/**
 * A unit (at character level, a maximal stretch) where the coders differ on one compared code:
 * {@code applied} says, for each coder who coded the document, whether the code (or one of its
 * sub-codes) is applied there. {@code codings} are the codings of that code that make up the
 * passage: those overlapping the unit and, in turn, those overlapping them (so that both coders'
 * versions of a passage are there even where only their edges differ); {@code passageStart} and
 * {@code passageEnd} span the unit and all of them, {@code passageText} is the text between. A consensus meeting resolves the passage by
 * making each coder's codings in it equal.
 */
public record CodeDisagreement(
        String code,
        String document,
        int start,
        int end,
        String text,
        Map<String, Boolean> applied,
        int passageStart,
        int passageEnd,
        String passageText,
        List<CodingView> codings) {
    public CodeDisagreement {
        applied = Map.copyOf(applied);
        codings = List.copyOf(codings);
    }

    /** The coders who applied the code in this unit, in the request's order of coders. */
    public List<String> codersWith(List<String> coders) {
        return coders.stream().filter(c -> Boolean.TRUE.equals(applied.get(c))).toList();
    }
}
