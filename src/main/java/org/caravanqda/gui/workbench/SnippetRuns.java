package org.caravanqda.gui.workbench;

import java.util.ArrayList;
import java.util.List;

/** A keyword-in-context snippet (matches between ** marks, as the search returns it) cut into plain and matched runs. */
record SnippetRuns(List<Run> runs) {
    static final String MARK = "**";

    record Run(String text, boolean match) {}

    static SnippetRuns of(String snippet) {
        List<Run> runs = new ArrayList<>();
        if (snippet == null) {
            return new SnippetRuns(runs);
        }
        boolean match = false;
        int at = 0;
        while (at <= snippet.length()) {
            int mark = snippet.indexOf(MARK, at);
            // an opening mark without its closing one is text, not a match
            if (mark < 0 || (!match && snippet.indexOf(MARK, mark + MARK.length()) < 0)) {
                mark = snippet.length();
            }
            if (mark > at) {
                runs.add(new Run(snippet.substring(at, mark), match));
            }
            if (mark == snippet.length()) {
                break;
            }
            match = !match;
            at = mark + MARK.length();
        }
        return new SnippetRuns(runs);
    }

    /** The snippet without its marks. */
    String plain() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }
}
