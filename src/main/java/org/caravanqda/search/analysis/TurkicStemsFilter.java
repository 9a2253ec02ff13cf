package org.caravanqda.search.analysis;

import java.io.IOException;
import java.util.List;
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
    private final SuffixStripper stripper;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
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
            List<String> stems = stripper.stems(term.buffer(), term.length());
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
