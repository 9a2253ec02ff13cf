package org.caravanqda.app.pseudonym;

import java.util.Arrays;
import java.util.List;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.model.Pseudonym;

/**
 * Replaces the listed names in a text, whole words only, longest name first ("Анна Петровна"
 * before "Анна"), in the case and letter case of the text: "ИВАНУ" -> "ПЕТРУ". Pure and
 * thread-safe once built; build one per export.
 */
public final class Pseudonymizer {
    private final NameTable names;
    private final java.util.concurrent.atomic.LongAdder replaced = new java.util.concurrent.atomic.LongAdder();

    public Pseudonymizer(List<Pseudonym> list, NameForms forms) {
        this.names = new NameTable(list, forms);
    }

    /** Whether there is anything to replace. */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The text with names replaced and where each old offset went. */
    public Rewritten rewrite(String text) {
        if (text == null || names.isEmpty()) {
            return new Rewritten(text, OffsetMap.IDENTITY, 0);
        }
        int[] b = Words.bounds(text);
        int words = b.length / 2;
        StringBuilder out = new StringBuilder(text.length());
        int[] os = new int[8];
        int[] oe = new int[8];
        int[] ns = new int[8];
        int[] ne = new int[8];
        int n = 0;
        int copied = 0;
        for (int w = 0; w < words; ) {
            if (!names.startsName(Words.key(text.substring(b[2 * w], b[2 * w + 1])))) {
                w++;
                continue;
            }
            int matched = 0;
            String replacement = null;
            for (int len = Math.min(names.maxWords(), words - w); len >= 1 && replacement == null; len--) {
                String key = key(text, b, w, len);
                if (key != null) {
                    replacement = names.replacement(key, previousWord(text, b, w));
                    matched = len;
                }
            }
            if (replacement == null) {
                w++;
                continue;
            }
            int start = b[2 * w];
            int end = b[2 * (w + matched) - 1];
            out.append(text, copied, start);
            String written = CaseShape.like(text.substring(start, end), replacement);
            if (n == os.length) {
                os = Arrays.copyOf(os, n * 2);
                oe = Arrays.copyOf(oe, n * 2);
                ns = Arrays.copyOf(ns, n * 2);
                ne = Arrays.copyOf(ne, n * 2);
            }
            os[n] = start;
            oe[n] = end;
            ns[n] = out.length();
            out.append(written);
            ne[n] = out.length();
            n++;
            copied = end;
            w += matched;
        }
        out.append(text, copied, text.length());
        replaced.add(n);
        return new Rewritten(
                n == 0 ? text : out.toString(), n == 0 ? OffsetMap.IDENTITY : new OffsetMap(os, oe, ns, ne, n), n);
    }

    /** Names replaced by this pseudonymizer so far (the About sheet reports it). */
    public long replacements() {
        return replaced.sum();
    }

    /**
     * Calls {@code found} with the list index of every listed real name left in {@code text}, in
     * any of the forms rewriting replaces (whole words, any letter case, NFC), one call per
     * occurrence. A pseudonym as written is no leak, even where it is also a listed real name
     * (lists that swap names): where both start at one word, the longer phrase decides.
     */
    public void findListed(String text, java.util.function.IntConsumer found) {
        if (text == null || names.isEmpty()) {
            return;
        }
        int[] b = Words.bounds(text);
        int words = b.length / 2;
        for (int w = 0; w < words; ) {
            String first = Words.key(text.substring(b[2 * w], b[2 * w + 1]));
            boolean real = names.startsName(first);
            boolean pseudonym = names.startsWritten(first);
            if (!real && !pseudonym) {
                w++;
                continue;
            }
            int realLength = 0;
            int entry = -1;
            int writtenLength = 0;
            for (int len = Math.min(names.maxWords(), words - w); len >= 1; len--) {
                String key = key(text, b, w, len);
                if (key == null) {
                    continue;
                }
                if (realLength == 0 && real && names.entry(key) >= 0) {
                    realLength = len;
                    entry = names.entry(key);
                }
                if (writtenLength == 0 && pseudonym && names.isWritten(key)) {
                    writtenLength = len;
                }
            }
            if (realLength > writtenLength) {
                found.accept(entry);
                w += realLength;
            } else {
                w += Math.max(1, writtenLength);
            }
        }
    }

    /** Just the text, for names and values that carry no offsets. */
    public String apply(String text) {
        return rewrite(text).text();
    }

    /** The key of {@code len} words from word {@code w}, or null when a gap between them is too long to join. */
    private static String key(String text, int[] b, int w, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = w; i < w + len; i++) {
            if (i > w) {
                int gapStart = b[2 * i - 1];
                int gapEnd = b[2 * i];
                if (gapEnd - gapStart > Words.MAX_GAP) {
                    return null;
                }
                sb.append(Words.gap(text.substring(gapStart, gapEnd)));
            }
            sb.append(Words.key(text.substring(b[2 * i], b[2 * i + 1])));
        }
        return sb.toString();
    }

    /** The key of the word before word {@code w} when only white space separates them, else null. */
    private static String previousWord(String text, int[] b, int w) {
        if (w == 0 || !text.substring(b[2 * w - 1], b[2 * w]).isBlank()) {
            return null;
        }
        return Words.key(text.substring(b[2 * w - 2], b[2 * w - 1]));
    }

    /** A rewritten text: the new text, the offset map and how many names were replaced. */
    public record Rewritten(String text, OffsetMap offsets, int replacements) {}
}
