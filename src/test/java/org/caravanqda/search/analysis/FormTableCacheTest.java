package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

class FormTableCacheTest {
    private final FormTableCache cache = new FormTableCache();

    @Test
    void aFormComesBackWithAllItsLemmasInOrder() {
        cache.put(chars("стали"), 5, new String[] {"сталь", "стать"});
        cache.put(chars("стал"), 4, new String[] {"стать"});
        assertThat(lemmas(cache.get(chars("стали"), 5))).containsExactly("сталь", "стать");
        assertThat(lemmas(cache.get(chars("стал"), 4))).containsExactly("стать");
        assertThat(cache.get(chars("стала"), 5)).isNull();
        // the term buffer is longer than the token: only the token's length counts
        assertThat(lemmas(cache.get(chars("сталиxyz"), 5))).containsExactly("сталь", "стать");
    }

    @Test
    void whenFullItStartsOverAndStillAnswersRight() {
        for (int i = 0; i <= FormTableCache.LIMIT; i++) {
            String form = "ф" + i;
            cache.put(chars(form), form.length(), new String[] {"л" + i});
        }
        String last = "ф" + FormTableCache.LIMIT;
        assertThat(lemmas(cache.get(chars(last), last.length()))).containsExactly("л" + FormTableCache.LIMIT);
        assertThat(cache.get(chars("ф0"), 2)).isNull();
    }

    @Test
    void aFormLongerThanTheLimitIsAnsweredButNotKept() {
        String form = "а".repeat(FormTableCache.LONGEST + 1);
        char[] entry = cache.put(chars(form), form.length(), new String[] {"а", "б"});
        assertThat(lemmas(entry)).containsExactly("а", "б");
        assertThat(cache.get(chars(form), form.length())).isNull();
    }

    private static char[] chars(String s) {
        return s.toCharArray();
    }

    private static List<String> lemmas(char[] entry) {
        List<String> out = new ArrayList<>();
        CharTermAttributeImpl term = new CharTermAttributeImpl();
        int at = FormTableCache.firstLemma(entry);
        for (int i = 0; i < FormTableCache.lemmaCount(entry); i++) {
            FormTableCache.copyLemma(entry, at, term);
            out.add(term.toString());
            at = FormTableCache.nextLemma(entry, at);
        }
        return out;
    }
}
