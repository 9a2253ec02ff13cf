package org.caravanqda.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.JoinUtil;
import org.apache.lucene.search.join.ScoreMode;

/**
 * Document-scope queries without indexing every text twice: a document entry holds only its
 * names, codes and attributes, and each text condition becomes "the document has a turn or
 * paragraph where it holds" (a join from unit entries to the document entry by document id).
 * So `A AND B` finds documents with A in one turn and B in another, and a phrase never spans two.
 */
final class DocumentScope {
    private final IndexSearcher searcher;

    DocumentScope(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    Query rewrite(Query q) throws IOException {
        if (q instanceof BoostQuery b) {
            return new BoostQuery(rewrite(b.getQuery()), b.getBoost());
        }
        if (onlyUnitText(q) && (!(q instanceof BooleanQuery bq) || isDisjunction(bq))) {
            return join(q);
        }
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder out =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                out.add(rewrite(c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return q; // names, codes, attributes: on the document entry itself
    }

    /** Documents having a unit that matches {@code q}. */
    private Query join(Query q) throws IOException {
        Query units = new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_UNIT)), BooleanClause.Occur.FILTER)
                .build();
        return JoinUtil.createJoinQuery(
                IndexSchema.DOC_KEY, false, IndexSchema.DOC_KEY, units, searcher, ScoreMode.Max);
    }

    private static boolean isDisjunction(BooleanQuery bq) {
        return bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD);
    }

    /** Whether every field the query reads is a text field of the unit entries. */
    private static boolean onlyUnitText(Query q) {
        Set<String> fields = fieldsOf(q);
        return !fields.isEmpty()
                && fields.stream().allMatch(f -> IndexSchema.isTextField(f) || f.equals(IndexSchema.EXACT));
    }

    /** Every field a query reads, negated clauses included. */
    static Set<String> fieldsOf(Query q) {
        Set<String> fields = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields;
    }
}
