package org.caravanqda.app.coding;

import java.text.Normalizer;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Span;

/** Finds the span of the k-th occurrence of an exact quote in a document's text. */
final class QuoteFinder {
    private QuoteFinder() {}

    static Span find(String text, String rawQuote, Integer occurrence, String documentName) {
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
        int found = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            count++;
            if (count == wanted) {
                found = i;
            }
        }
        if (count == 0) {
            throw new CaravanException("quote not found in '" + documentName + "': \"" + abbreviate(quote) + "\"");
        }
        if (occurrence == null && count > 1) {
            throw new CaravanException("the quote occurs " + count + " times in '" + documentName
                    + "'; say which with --occurrence 1.." + count);
        }
        if (found < 0) {
            throw new CaravanException(
                    "the quote occurs only " + count + " time(s) in '" + documentName + "', not " + wanted);
        }
        return new Span(found, found + quote.length());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
