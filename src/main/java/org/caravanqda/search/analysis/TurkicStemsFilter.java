package org.caravanqda.search.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index side of Kazakh, Kyrgyz and Uzbek: every stem a word passes through while its suffixes come off, stacked at
 * the word's position (жасамайды → жасамайды, жасама, жаса, жа). A query names one stem (the dictionary form, see
 * {@link TurkicQueryFilter}) and finds exactly the words whose suffix chain passes through it, so a short stem no
 * longer swallows longer ones: жас does not find жасады, whose chain goes жасады → жаса → жа. Words marked as keywords
 * (the closed-class table) pass unchanged.
 */
final class TurkicStemsFilter extends TokenFilter {
    /** Words whose stems this stream remembers (running text repeats its words). */
    private static final int CACHE_LIMIT = 20_000;

    private final SuffixStripper stripper;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<List<String>> cache = new CharArrayMap<>(1024, false);
    private List<String> pending;
    private int next;

    TurkicStemsFilter(TokenStream in, SuffixStripper stripper) {
        super(in);
        this.stripper = stripper;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.size()) {
            term.setEmpty().append(pending.get(next++));
            posInc.setPositionIncrement(0);
            return true;
        }
        pending = null;
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            List<String> stems = cache.get(term.buffer(), 0, term.length());
            if (stems == null) {
                stems = stripper.stems(term.buffer(), term.length());
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                cache.put(stems.get(0), stems);
            }
            if (stems.size() > 1) {
                pending = stems;
                next = 1;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
