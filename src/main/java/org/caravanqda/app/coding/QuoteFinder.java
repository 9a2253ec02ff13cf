package org.caravanqda.app.coding;

import java.text.Normalizer;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Span;

/**
 * Finds the span of the k-th occurrence of a quote in a document's text, with typographic
 * variants counted as equal ({@link Typography}: apostrophes, quotation marks, ё/е, dashes,
 * spaces and line breaks); when it is not there, the message shows the nearest passage.
 */
public final class QuoteFinder {
    private QuoteFinder() {}

    public static Span find(String text, String rawQuote, Integer occurrence, String documentName) {
        // the stored text is NFC; a quote typed or pasted elsewhere may not be
        String quote = Normalizer.normalize(rawQuote, Normalizer.Form.NFC);
        if (quote.isEmpty()) {
            throw new CaravanException("--quote is empty");
        }
        int count = 0;
        int wanted = occurrence == null ? 1 : occurrence;
        if (wanted < 1) {
            throw new CaravanException("--occurrence must be 1 or more");
        }
        Typography t = Typography.fold(text);
        String q = Typography.fold(quote.strip()).folded;
        if (q.isEmpty()) {
            throw new CaravanException("--quote is empty");
        }
        int found = -1;
        for (int i = t.folded.indexOf(q); i >= 0; i = t.folded.indexOf(q, i + 1)) {
            count++;
            if (count == wanted) {
                found = i;
            }
        }
        if (count == 0) {
            Span near = t.nearest(q);
            throw new CaravanException("quote not found in '" + documentName + "': \"" + abbreviate(quote) + "\""
                    + (near == null
                            ? ""
                            : "; the nearest passage is at " + near.start() + ".." + near.end() + ": \""
                                    + abbreviate(near.of(text).replaceAll("\\s+", " ")) + "\""));
        }
        if (occurrence == null && count > 1) {
            throw new CaravanException("the quote occurs " + count + " times in '" + documentName
                    + "'; say which with --occurrence 1.." + count);
        }
        if (found < 0) {
            throw new CaravanException(
                    "the quote occurs only " + count + " time(s) in '" + documentName + "', not " + wanted);
        }
        return t.original(found, found + q.length());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
