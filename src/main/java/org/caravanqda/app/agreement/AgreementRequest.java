package org.caravanqda.app.agreement;

import java.util.List;

/**
 * What to compare: two or more coders, the unit, the codes (each with its descendants; empty:
 * every code the coders applied in the compared documents), the documents (empty: those at least
 * two of the coders coded), or a domain whose children are exclusive categories.
 */
public record AgreementRequest(
        List<String> coders,
        AgreementUnit unit,
        List<String> codes,
        List<String> documents,
        String domain,
        boolean disagreements) {
    public AgreementRequest {
        coders = List.copyOf(coders);
        unit = unit == null ? AgreementUnit.CHARACTER : unit;
        codes = codes == null ? List.of() : List.copyOf(codes);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
