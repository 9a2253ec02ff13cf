package org.caravanqda.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * A text analysed once and replayed: a turn's tokens feed both its unit entry and the
 * document entry, so the expensive language analysis (dictionary lemmas) runs once per turn.
 */
final class AnalyzedText {
    private AnalyzedText() {
    }

    /** The tokens of {@code value}, already computed, as a stream that can be consumed repeatedly. */
    static TokenStream of(Analyzer analyzer, String field, String value) {
        try {
            // consume eagerly: the analyzer reuses its components for the next text on this thread
            CachingTokenFilter cache = new CachingTokenFilter(analyzer.tokenStream(field, value));
            cache.reset();
            while (cache.incrementToken()) {
                // filling the cache
            }
            cache.end();
            cache.close(); // frees the analyzer for the next text; the cache stays readable
            return new Replay(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replays the cache on every use; closing it does not close the (already finished) source. */
    private static final class Replay extends TokenStream {
        private final CachingTokenFilter cache;

        Replay(CachingTokenFilter cache) {
            super(cache);
            this.cache = cache;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return cache.incrementToken();
        }

        @Override
        public void reset() throws IOException {
            cache.reset();
        }

        @Override
        public void end() throws IOException {
            cache.end();
        }

        @Override
        public void close() {
            // the source was closed after caching; nothing to release
        }
    }
}
