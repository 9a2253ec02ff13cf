package org.caravanqda.app.search;

import java.util.List;

/**
 * One hit: a segment, unit or document, with offsets into the document text. {@code text} is
 * filled by the app from the store (H2 is the truth); {@code snippet} marks matches with **.
 */
public record SearchHit(long documentId, String document, int start, int end, String speaker, List<String> codes,
                        String coder, String text, String snippet, float score) {
    public SearchHit withText(String newText) {
        return new SearchHit(documentId, document, start, end, speaker, codes, coder, newText, snippet, score);
    }
}
