package org.caravanqda.analysis.agreement;

import java.util.List;

/**
 * The ratings of a comparison: one binary table per compared code (row), and the overall table
 * (all rows pooled, or the domain's categories). {@code conflicts}: in a domain, ratings where a
 * coder applied more than one of the exclusive categories (resolved as docs/agreement.md says).
 */
public record AgreementTables(List<Ratings> rows, Ratings overall, long conflicts) {
    public AgreementTables {
        rows = List.copyOf(rows);
    }
}
