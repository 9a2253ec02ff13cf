package org.caravanqda.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Replaces a lower-cased Cyrillic token by all its dictionary lemmas, stacked at one position (стали → сталь + стать),
 * so a query for any form or lemma finds every form; words the dictionary does not know (релокантов, names, slang) get
 * the Snowball stem. Non-Cyrillic tokens (Latin words, URLs, numbers) pass unchanged. ё in lemmas is folded to е.
 * Analysis results are cached per stream (one per thread, {@link FormTableCache}) in front of a cache shared by all
 * threads, which more than doubles throughput on running text.
 */
final class RussianLemmaFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final DictionaryLookup lookup;
    private final RussianStemmer snowball = new RussianStemmer();
    private final FormTableCache cache = new FormTableCache();
    private final LemmaCache shared;
    private final boolean headwordFirst;
    /** The entry whose further lemmas are still to come, where the next one is, and how many are left. */
    private char[] pending;

    private int next;
    private int left;

    RussianLemmaFilter(TokenStream in, Dictionary dictionary, LemmaCache shared) {
        this(in, dictionary, shared, false);
    }

    /**
     * With {@code headwordFirst} (the query side), a word that is itself a dictionary headword stands for that
     * headword only: бывший searches бывший/бывшая/бывшего (all indexed with the lemma бывший) and not была/будет,
     * which the form бывший also belongs to as a participle of быть. Other words keep all their lemmas.
     */
    RussianLemmaFilter(TokenStream in, Dictionary dictionary, LemmaCache shared, boolean headwordFirst) {
        super(in);
        this.lookup = new DictionaryLookup(dictionary);
        this.shared = shared;
        this.headwordFirst = headwordFirst;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (left > 0) {
            // the other attributes (offsets, type) still hold the word's values: this filter is the chain's last
            FormTableCache.copyLemma(pending, next, term);
            next = FormTableCache.nextLemma(pending, next);
            left--;
            posInc.setPositionIncrement(0);
            return true;
        }
        pending = null;
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (!isCyrillicWord(buffer, length)) {
            return true;
        }
        char[] entry = cache.get(buffer, length);
        if (entry == null) {
            entry = cache.put(buffer, length, shared.get(term.toString(), this::analyze));
        }
        int first = FormTableCache.firstLemma(entry);
        FormTableCache.copyLemma(entry, first, term);
        left = FormTableCache.lemmaCount(entry) - 1;
        if (left > 0) {
            pending = entry;
            next = FormTableCache.nextLemma(entry, first);
        }
        return true;
    }

    private String[] analyze(String word) {
        List<WordData> found = lookup.lookup(word);
        if (found.isEmpty()) {
            snowball.setCurrent(word);
            snowball.stem();
            return new String[] {snowball.getCurrent()};
        }
        List<String> lemmas = new ArrayList<>(2);
        for (WordData wd : found) {
            String lemma = wd.getStem().toString().toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (!lemmas.contains(lemma)) {
                lemmas.add(lemma);
            }
        }
        if (headwordFirst && lemmas.size() > 1 && lemmas.contains(word)) {
            return new String[] {word};
        }
        return lemmas.toArray(new String[0]);
    }

    /** Lower-case Cyrillic letters and inner hyphens only: what the koi8-r dictionary can contain. */
    private static boolean isCyrillicWord(char[] b, int len) {
        for (int i = 0; i < len; i++) {
            char c = b[i];
            if (!(c >= 'а' && c <= 'я') && c != 'ё' && c != '-') {
                return false;
            }
        }
        return len > 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        left = 0;
    }
}
