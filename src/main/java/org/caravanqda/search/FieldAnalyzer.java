package org.caravanqda.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * Picks the analyzer by field: a language's analyzer for text.LANG, the exact analyzer for
 * exact and memo, keyword + lower case for names. A large position gap between the values of
 * a multi-valued field keeps phrase and proximity queries from matching across two turns.
 */
final class FieldAnalyzer extends AnalyzerWrapper {
    static final int TURN_GAP = 10_000;
    private final Map<String, Analyzer> byField = new HashMap<>();
    private final Analyzer exact;
    private final Analyzer keyword = new KeywordLowerAnalyzer();
    private final FieldAnalyzer queries;

    /** The index-side analyzer; {@link #queries()} gives its query-side twin. */
    FieldAnalyzer(TextAnalyzers analyzers) {
        this(analyzers, false);
    }

    private FieldAnalyzer(TextAnalyzers analyzers, boolean query) {
        super(PER_FIELD_REUSE_STRATEGY);
        for (String lang : IndexSchema.LANGUAGES) {
            byField.put(IndexSchema.textField(lang), query ? analyzers.forQuery(lang) : analyzers.forLanguage(lang));
        }
        this.exact = analyzers.exact();
        this.queries = query ? this : new FieldAnalyzer(analyzers, true);
    }

    /**
     * The analyzer of query words: as at index time, except where a language chooses a narrower reading of the word
     * typed (a Russian headword searches that headword's forms; {@code wide:} asks for the index-side reading).
     */
    FieldAnalyzer queries() {
        return queries;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Analyzer a = byField.get(fieldName);
        if (a != null) {
            return a;
        }
        return IndexSchema.isKeywordField(fieldName) ? keyword : exact;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return TURN_GAP;
    }
}
