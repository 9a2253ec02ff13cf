package org.caravanqda.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies a {@link SuffixStripper} to every token not marked as a keyword (closed-class words mapped by a table). */
final class SuffixStripFilter extends TokenFilter {
    private final SuffixStripper stripper;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SuffixStripFilter(TokenStream in, SuffixStripper stripper) {
        super(in);
        this.stripper = stripper;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(stripper.stem(term.buffer(), term.length()));
        }
        return true;
    }
}
