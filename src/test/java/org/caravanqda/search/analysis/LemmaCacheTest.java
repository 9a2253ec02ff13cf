package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LemmaCacheTest {

    @Test
    void analysesAFormOnceAndGivesEveryCallerTheSameLemmas() {
        LemmaCache cache = new LemmaCache();
        AtomicInteger analysed = new AtomicInteger();
        String[] first = cache.get("стали", f -> {
            analysed.incrementAndGet();
            return new String[] {"сталь", "стать"};
        });
        String[] again = cache.get("стали", f -> {
            analysed.incrementAndGet();
            return new String[] {"wrong"};
        });
        assertThat(again).isSameAs(first).containsExactly("сталь", "стать");
        assertThat(analysed).hasValue(1);
    }

    @Test
    void startsOverWhenFullInsteadOfGrowing() {
        LemmaCache cache = new LemmaCache();
        for (int i = 0; i <= LemmaCache.LIMIT; i++) {
            cache.get("w" + i, f -> new String[] {f});
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("w" + LemmaCache.LIMIT, f -> new String[] {"other"}))
                .containsExactly("w" + LemmaCache.LIMIT);
    }

    @Test
    void indexAndQueryAnalysisShareOneCacheAcrossThreads() throws Exception {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        Thread other = new Thread(() -> Terms.of(analyzers.forLanguage("ru"), "людей"));
        other.start();
        other.join();
        assertThat(analyzers.cachedForms()).isEqualTo(1);
        // this thread's stream has an empty cache of its own: the form comes from the shared one
        assertThat(Terms.of(analyzers.forLanguage("ru"), "людей")).containsExactly("человек");
        assertThat(analyzers.cachedForms()).isEqualTo(1);
        assertThat(Terms.of(analyzers.forLanguage("ru"), "шли годы")).containsExactly("идти|слать", "год");
        assertThat(analyzers.cachedForms()).isEqualTo(3);
    }
}
