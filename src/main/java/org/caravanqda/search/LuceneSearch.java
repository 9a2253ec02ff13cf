package org.caravanqda.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.search.MatchSpan;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchRequest;
import org.caravanqda.app.search.SearchScope;

/** One query against one searcher: parse, run with an exact total, read stored fields, highlight. */
final class LuceneSearch {
    /** Auto-coding looks at every matching unit, up to this many. */
    static final int MAX_MATCH_UNITS = 1_000_000;

    private static final java.util.Set<String> HIT_FIELDS = hitFields();
    private final IndexSearcher searcher;
    private final FieldAnalyzer analyzer;

    LuceneSearch(IndexSearcher searcher, FieldAnalyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchHits run(SearchRequest r) throws IOException {
        Query parsed = parse(r);
        Query query = scoped(
                r.scope() == SearchScope.DOCUMENTS ? new DocumentScope(searcher).rewrite(parsed) : parsed, r.scope());
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(r.limit(), Integer.MAX_VALUE));
        // each hit's stored fields are read once (the snippets need its language, the hit the
        // rest), in index order so hits that share a compressed chunk decompress it once
        Document[] stored = new Document[top.scoreDocs.length];
        String[] languages = new String[stored.length];
        org.apache.lucene.index.StoredFields fields = searcher.storedFields();
        for (int i : inIndexOrder(top.scoreDocs)) {
            stored[i] = fields.document(top.scoreDocs[i].doc, HIT_FIELDS);
            languages[i] = stored[i].get(IndexSchema.LANG);
        }
        String[] snippets = !r.snippets()
                ? new String[top.scoreDocs.length]
                : r.scope() == SearchScope.DOCUMENTS
                        ? documentSnippets(parsed, top)
                        : new Snippets(searcher, analyzer).of(query, top, languages);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored[i];
            hits.add(new SearchHit(
                    d.getField(IndexSchema.DOC_ID).numericValue().longValue(),
                    d.get(IndexSchema.STORED_DOC),
                    d.getField(IndexSchema.START).numericValue().intValue(),
                    d.getField(IndexSchema.END).numericValue().intValue(),
                    d.get(IndexSchema.STORED_SPEAKER),
                    Arrays.asList(d.getValues(IndexSchema.STORED_CODES)),
                    String.join(", ", d.getValues(IndexSchema.STORED_CODER)),
                    text(d, r.scope()),
                    snippets[i],
                    sd.score));
        }
        return new SearchHits(top.totalHits.value, hits);
    }

    private static int[] inIndexOrder(ScoreDoc[] hits) {
        return java.util.stream.IntStream.range(0, hits.length)
                .boxed()
                .sorted(java.util.Comparator.comparingInt(i -> hits[i].doc))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The hit's text as indexed (the index derives from the store at the same generation, so it
     * equals the stored text between the offsets); for a document, the first turns as an excerpt.
     */
    private static String text(Document d, SearchScope scope) {
        if (scope == SearchScope.DOCUMENTS) {
            return d.get(IndexSchema.EXCERPT);
        }
        String value = d.get(IndexSchema.textField(d.get(IndexSchema.LANG)));
        return value == null ? "" : value;
    }

    /** A document's snippet is that of its best-matching turn or paragraph. */
    private String[] documentSnippets(Query query, TopDocs documents) throws IOException {
        String[] out = new String[documents.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            Document d =
                    searcher.storedFields().document(documents.scoreDocs[i].doc, java.util.Set.of(IndexSchema.DOC_ID));
            Query inDoc = new BooleanQuery.Builder()
                    .add(scoped(query, SearchScope.UNITS), BooleanClause.Occur.MUST)
                    .add(
                            new TermQuery(new Term(IndexSchema.DOC_KEY, d.get(IndexSchema.DOC_ID))),
                            BooleanClause.Occur.FILTER)
                    .build();
            TopDocs best = searcher.search(inDoc, 1);
            if (best.scoreDocs.length > 0) {
                out[i] = new Snippets(searcher, analyzer).of(inDoc, best, storedLanguages(best))[0];
            }
        }
        return out;
    }

    /** Coding ids of all matching segments, read from doc values (no stored fields, any number of hits). */
    java.util.Set<Long> codingIds(SearchRequest r) throws IOException {
        Query query = scoped(parse(r), SearchScope.SEGMENTS);
        return searcher.search(
                query, new org.apache.lucene.search.CollectorManager<CodingIdCollector, java.util.Set<Long>>() {
                    @Override
                    public CodingIdCollector newCollector() {
                        return new CodingIdCollector();
                    }

                    @Override
                    public java.util.Set<Long> reduce(java.util.Collection<CodingIdCollector> collectors) {
                        java.util.Set<Long> ids = new java.util.HashSet<>();
                        collectors.forEach(c -> ids.addAll(c.ids));
                        return ids;
                    }
                });
    }

    /** One slice's coding ids (the searcher may run slices on their own collectors). */
    private static final class CodingIdCollector extends org.apache.lucene.search.SimpleCollector {
        final java.util.Set<Long> ids = new java.util.HashSet<>();
        private org.apache.lucene.index.NumericDocValues values;

        @Override
        protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
            values = org.apache.lucene.index.DocValues.getNumeric(context.reader(), IndexSchema.CODING_ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                ids.add(values.longValue());
            }
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
            return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * Per field, the terms the query searches (negated clauses left out) and the word forms of the first
     * {@code r.limit()} matching units that carry one of them, read with the index-side analyzer of the unit's language.
     */
    List<org.caravanqda.app.search.QueryExpansion> explain(SearchRequest r) throws IOException {
        Query parsed = parse(r);
        java.util.Map<String, java.util.SortedSet<String>> terms = new java.util.TreeMap<>();
        parsed.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                for (Term t : ts) {
                    terms.computeIfAbsent(t.field(), k -> new java.util.TreeSet<>())
                            .add(t.text());
                }
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        java.util.Map<String, java.util.SortedSet<String>> forms = new java.util.TreeMap<>();
        TopDocs top = searcher.search(scoped(parsed, SearchScope.UNITS), Math.max(1, r.limit()));
        org.apache.lucene.index.StoredFields fields = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = fields.document(sd.doc, HIT_FIELDS);
            String field = IndexSchema.textField(d.get(IndexSchema.LANG));
            for (String f : java.util.List.of(field, IndexSchema.EXACT)) {
                java.util.Set<String> wanted = terms.get(f);
                if (wanted != null) {
                    formsCarrying(
                            f,
                            text(d, SearchScope.UNITS),
                            wanted,
                            forms.computeIfAbsent(f, k -> new java.util.TreeSet<>()));
                }
            }
        }
        List<org.caravanqda.app.search.QueryExpansion> out = new ArrayList<>();
        terms.forEach((field, t) -> out.add(new org.caravanqda.app.search.QueryExpansion(
                field, List.copyOf(t), List.copyOf(forms.getOrDefault(field, new java.util.TreeSet<>())))));
        return out;
    }

    /** Adds to {@code out} the words of {@code text} whose analysis in {@code field} yields one of {@code wanted}. */
    private void formsCarrying(String field, String text, java.util.Set<String> wanted, java.util.Set<String> out)
            throws IOException {
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (wanted.contains(term.toString())) {
                    out.add(text.substring(offset.startOffset(), offset.endOffset())
                            .toLowerCase(java.util.Locale.ROOT));
                }
            }
            ts.end();
        }
    }

    /** Where the query matched inside every matching unit, in document offsets. */
    List<MatchSpan> matchSpans(SearchRequest r) throws IOException {
        Query query = scoped(parse(r), SearchScope.UNITS);
        TopDocs top = searcher.search(query, MAX_MATCH_UNITS);
        String[] langs = storedLanguages(top);
        List<int[]> spans = new Snippets(searcher, analyzer).matches(query, top, langs);
        List<MatchSpan> out = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document d = searcher.storedFields().document(top.scoreDocs[i].doc);
            long docId = d.getField(IndexSchema.DOC_ID).numericValue().longValue();
            int unitStart = d.getField(IndexSchema.START).numericValue().intValue();
            for (int[] span : Snippets.spansOf(spans, i)) {
                out.add(new MatchSpan(docId, unitStart + span[0], unitStart + span[1]));
            }
        }
        return out;
    }

    private static java.util.Set<String> hitFields() {
        java.util.Set<String> f = new java.util.HashSet<>(List.of(
                IndexSchema.DOC_ID,
                IndexSchema.STORED_DOC,
                IndexSchema.START,
                IndexSchema.END,
                IndexSchema.STORED_SPEAKER,
                IndexSchema.STORED_CODES,
                IndexSchema.STORED_CODER,
                IndexSchema.LANG,
                IndexSchema.EXCERPT));
        IndexSchema.LANGUAGES.forEach(l -> f.add(IndexSchema.textField(l)));
        return java.util.Set.copyOf(f);
    }

    private String[] storedLanguages(TopDocs top) throws IOException {
        String[] langs = new String[top.scoreDocs.length];
        for (int i = 0; i < langs.length; i++) {
            langs[i] = searcher.storedFields()
                    .document(top.scoreDocs[i].doc, java.util.Set.of(IndexSchema.LANG))
                    .get(IndexSchema.LANG);
        }
        return langs;
    }

    /** The query, its {@code text:} words over the languages the index holds (CaravanQueryParser#expandingTo). */
    private Query parse(SearchRequest r) {
        CaravanQueryParser parser = new CaravanQueryParser(
                        analyzer, r.attributeTypes() == null ? Map.of() : r.attributeTypes())
                .expandingTo(indexedLanguages());
        try {
            Query q = parser.parse(r.query());
            if (q == null) {
                throw new CaravanException("the query '" + r.query() + "' has no searchable words");
            }
            return q;
        } catch (ParseException e) {
            throw new CaravanException("query syntax: " + QueryErrors.explain(r.query(), e), e);
        }
    }

    /** The languages with a text field in some segment of the index (a field outlives its deleted documents). */
    private List<String> indexedLanguages() {
        List<String> present = new ArrayList<>();
        for (String lang : IndexSchema.LANGUAGES) {
            String field = IndexSchema.textField(lang);
            if (searcher.getIndexReader().leaves().stream()
                    .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null)) {
                present.add(lang);
            }
        }
        return present;
    }

    private static Query scoped(Query q, SearchScope scope) {
        String kind = switch (scope) {
            case SEGMENTS -> IndexSchema.KIND_SEGMENT;
            case UNITS -> IndexSchema.KIND_UNIT;
            case DOCUMENTS -> IndexSchema.KIND_DOCUMENT;
        };
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, kind)), BooleanClause.Occur.FILTER)
                .build();
    }
}
