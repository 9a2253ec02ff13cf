package org.caravanqda.search.analysis;

import java.io.Reader;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;

/**
 * The shared shape of every Caravan analyzer: (Uzbek only) a char filter, a tokenizer that keeps a URL or e-mail
 * address as one token (so a link does not flood the index with fragments like "https", "t", "me"), lower-casing,
 * ё and apostrophe folding ({@link FoldingFilter}), then a language step (lemmas, stems or nothing). No stop words
 * anywhere: coders search for "нельзя" and "never". Thread-safe: Lucene keeps one token stream per thread and field,
 * so the step may hold per-stream state.
 */
final class FoldingAnalyzer extends Analyzer {
    /** Positions between values of a multi-valued field, so a phrase never spans two speaker turns. */
    static final int POSITION_GAP = 100;

    private final NormalizeCharMap folding;
    private final boolean foldApostrophes;
    private final UnaryOperator<TokenStream> languageStep;
    private final boolean recordsExact;

    FoldingAnalyzer(NormalizeCharMap folding, boolean foldApostrophes, UnaryOperator<TokenStream> languageStep) {
        this(folding, foldApostrophes, languageStep, false);
    }

    /**
     * With {@code recordsExact} (a text field whose analysis before its language step is the {@code exact} field's:
     * no char filter, apostrophes folded), the folded tokens can be recorded for the {@code exact} field
     * ({@link TokenTape}).
     */
    FoldingAnalyzer(
            NormalizeCharMap folding,
            boolean foldApostrophes,
            UnaryOperator<TokenStream> languageStep,
            boolean recordsExact) {
        this.folding = folding;
        this.foldApostrophes = foldApostrophes;
        this.languageStep = languageStep;
        this.recordsExact = recordsExact;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return folding == null ? reader : new MappingCharFilter(folding, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new UAX29URLEmailTokenizer();
        TokenStream folded = normalize(fieldName, tokenizer);
        return new TokenStreamComponents(
                tokenizer, languageStep.apply(recordsExact ? new TapeRecorder(folded) : folded));
    }

    /** What wildcard, prefix and fuzzy query terms get: folding and lower-casing, no stemming. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(new LowerCaseFilter(in), foldApostrophes);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }
}
