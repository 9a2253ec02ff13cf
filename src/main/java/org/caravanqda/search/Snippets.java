package org.caravanqda.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Keyword-in-context snippets and match offsets from Lucene's UnifiedHighlighter, with its
 * length limit lifted so hits late in a long transcript are still highlighted.
 */
final class Snippets {
    static final int PASSAGES = 2;
    private final IndexSearcher searcher;
    private final FieldAnalyzer analyzer;

    Snippets(IndexSearcher searcher, FieldAnalyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /** One snippet per hit, from the text field of the hit's language; matches marked with **. */
    String[] of(Query query, TopDocs top, String[] languages) throws IOException {
        UnifiedHighlighter h =
                builder(new DefaultPassageFormatter("**", "**", " … ", false)).build();
        Map<String, String[]> byField = h.highlightFields(fields(), query, top, passages(top, PASSAGES));
        String[] out = new String[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            String[] values = byField.get(IndexSchema.textField(languages[i]));
            out[i] = values == null || values[i] == null
                    ? null
                    : values[i].replace('\n', ' ').strip();
        }
        return out;
    }

    /** For each hit, the [start, end) offsets of the matches inside its field value. */
    List<int[]> matches(Query query, TopDocs top, String[] languages) throws IOException {
        // the whole unit is one passage, so every match of the unit lands in it
        OffsetsHighlighter h =
                new OffsetsHighlighter(builder(new OffsetsFormatter()).withBreakIterator(WholeBreakIterator::new));
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        int[] max = new int[fields().length];
        java.util.Arrays.fill(max, 1);
        Map<String, Object[]> byField = h.offsets(fields(), query, docIds, max);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            Object[] values = byField.get(IndexSchema.textField(languages[i]));
            out.add(values == null || values[i] == null ? new int[0] : (int[]) values[i]);
        }
        return out;
    }

    /** The spans of hit {@code i}: its flat offsets array read in pairs. */
    static List<int[]> spansOf(List<int[]> all, int i) {
        int[] flat = all.get(i);
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k + 1 < flat.length; k += 2) {
            out.add(new int[] {flat[k], flat[k + 1]});
        }
        return out;
    }

    private UnifiedHighlighter.Builder builder(PassageFormatter formatter) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withWeightMatches(true)
                .withHighlightPhrasesStrictly(true)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaskedFieldsFunc(f ->
                        f.startsWith(IndexSchema.TEXT + ".") ? java.util.Set.of(IndexSchema.EXACT) : java.util.Set.of())
                .withFormatter(formatter);
    }

    private static String[] fields() {
        return IndexSchema.LANGUAGES.stream().map(IndexSchema::textField).toArray(String[]::new);
    }

    private static int[] passages(TopDocs top, int n) {
        int[] p = new int[fields().length];
        java.util.Arrays.fill(p, n);
        return p;
    }

    /** Match offsets instead of marked-up text: whole phrases count as one match (weight matches). */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Integer> flat = new ArrayList<>();
            for (Passage p : passages) {
                for (int k = 0; k < p.getNumMatches(); k++) {
                    flat.add(p.getMatchStarts()[k]);
                    flat.add(p.getMatchEnds()[k]);
                }
            }
            return flat.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static final class OffsetsHighlighter extends UnifiedHighlighter {
        OffsetsHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> offsets(String[] fields, Query query, int[] docIds, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, max);
        }
    }
}
