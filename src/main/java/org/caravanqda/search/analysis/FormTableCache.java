package org.caravanqda.search.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token stream's own cache of word form → lemmas, laid out for the indexing threads' memory: each entry is one
 * {@code char[]} holding the form and its lemmas ({@code [formLength, form…, lemmaCount, length, lemma…, …]}), found
 * by open addressing in one array. A lookup touches the slot and that one array, where a map of strings to string
 * arrays touched six objects, each likely a cache miss at ten million tokens an import (docs/performance.md). Bounded:
 * when full it starts over.
 */
final class FormTableCache {
    /** Forms kept before starting over; the bench corpus has about 24,000 Cyrillic ones. */
    static final int LIMIT = 65_536;
    /** Longer forms (a run of letters without spaces) are not kept: entries count lengths in chars. */
    static final int LONGEST = 255;

    private final char[][] entries = new char[LIMIT * 2][];
    private final int mask = entries.length - 1;
    private int size;

    /** The entry of a form, or null; its lemmas are read with {@link #lemmaCount}, {@link #firstLemma} and so on. */
    char[] get(char[] form, int length) {
        if (length > LONGEST) {
            return null;
        }
        for (int slot = hash(form, length) & mask; ; slot = (slot + 1) & mask) {
            char[] e = entries[slot];
            if (e == null || holds(e, form, length)) {
                return e;
            }
        }
    }

    /** Stores a form's lemmas (at least one) and returns its entry; a form longer than {@link #LONGEST} gets one not kept. */
    char[] put(char[] form, int length, String[] lemmas) {
        char[] e = entry(form, Math.min(length, LONGEST), lemmas);
        if (length > LONGEST) {
            return e;
        }
        if (size >= LIMIT) {
            Arrays.fill(entries, null);
            size = 0;
        }
        int slot = hash(form, length) & mask;
        while (entries[slot] != null) {
            slot = (slot + 1) & mask;
        }
        entries[slot] = e;
        size++;
        return e;
    }

    private static char[] entry(char[] form, int length, String[] lemmas) {
        int total = 2 + length;
        for (String l : lemmas) {
            total += 1 + l.length();
        }
        char[] e = new char[total];
        e[0] = (char) length;
        System.arraycopy(form, 0, e, 1, length);
        int at = 1 + length;
        e[at++] = (char) lemmas.length;
        for (String l : lemmas) {
            e[at++] = (char) l.length();
            l.getChars(0, l.length(), e, at);
            at += l.length();
        }
        return e;
    }

    static int lemmaCount(char[] entry) {
        return entry[1 + entry[0]];
    }

    /** Where the first lemma's length is; each lemma is its length followed by its characters. */
    static int firstLemma(char[] entry) {
        return 2 + entry[0];
    }

    /** Copies the lemma at {@code at} into a token's term. */
    static void copyLemma(char[] entry, int at, CharTermAttribute term) {
        term.copyBuffer(entry, at + 1, entry[at]);
    }

    static int nextLemma(char[] entry, int at) {
        return at + 1 + entry[at];
    }

    private static boolean holds(char[] e, char[] form, int length) {
        if (e[0] != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (e[1 + i] != form[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] form, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + form[i];
        }
        return h ^ (h >>> 16);
    }
}
