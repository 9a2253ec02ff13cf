package org.caravanqda.analysis;

import java.util.Comparator;
import java.util.List;
import org.caravanqda.model.Span;

/** Words inside the union of spans: text coded twice (two coders, nested codes) counts once. */
final class CoveredWords {
    private CoveredWords() {}

    static int count(String text, List<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            return 0;
        }
        spans.sort(Comparator.comparingInt(Span::start));
        int words = 0;
        int start = spans.get(0).start();
        int end = spans.get(0).end();
        for (Span s : spans) {
            if (s.start() > end) {
                words += WordCount.of(text.subSequence(start, end));
                start = s.start();
            }
            end = Math.max(end, s.end());
        }
        return words + WordCount.of(text.subSequence(start, end));
    }
}
