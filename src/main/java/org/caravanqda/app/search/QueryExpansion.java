package org.caravanqda.app.search;

import java.util.List;

/**
 * What one field of a query searched for ({@code caravan search --explain}): the indexed terms (stems or lemmas) of
 * the query words in that field, and the word forms of the project's texts, among the units the query finds, that
 * carry one of those terms.
 *
 * @param field the index field, e.g. {@code text.kk} (Kazakh text) or {@code exact}
 * @param terms the terms searched, sorted
 * @param forms word forms seen in matching units that carry one of the terms (lower case, sorted, at most a few
 *     hundred units read)
 */
public record QueryExpansion(String field, List<String> terms, List<String> forms) {
    public QueryExpansion {
        terms = List.copyOf(terms);
        forms = List.copyOf(forms);
    }
}
