package org.caravanqda.analysis;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Span;

/** Builds a {@link FrequencyTable} one document at a time. */
public final class FrequencyCounter {
    private final CodeIndex codes;
    private final List<String> documents = new ArrayList<>();
    private final List<int[]> perDocument = new ArrayList<>();
    private final List<Integer> codingsPerDocument = new ArrayList<>();
    private final long[] codings;
    private final long[] words;
    private final int[] documentsWithCode;
    private long totalCodings;
    private long totalWords;
    private int documentsWithAny;

    public FrequencyCounter(CodeIndex codes) {
        this.codes = codes;
        this.codings = new long[codes.size()];
        this.words = new long[codes.size()];
        this.documentsWithCode = new int[codes.size()];
    }

    public void add(CodedDocument doc) {
        int[] here = new int[codes.size()];
        List<List<Span>> spans = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            spans.add(null);
        }
        List<Span> all = new ArrayList<>();
        for (Coding c : doc.codings()) {
            for (int k : codes.selfAndAncestors(c.codeId())) {
                here[k]++;
                if (spans.get(k) == null) {
                    spans.set(k, new ArrayList<>());
                }
                spans.get(k).add(c.span());
            }
            all.add(c.span());
        }
        for (int k = 0; k < here.length; k++) {
            if (here[k] > 0) {
                codings[k] += here[k];
                documentsWithCode[k]++;
                words[k] += CoveredWords.count(doc.text(), spans.get(k));
            }
        }
        totalCodings += doc.codings().size();
        totalWords += CoveredWords.count(doc.text(), all);
        documentsWithAny += doc.codings().isEmpty() ? 0 : 1;
        documents.add(doc.name());
        perDocument.add(here);
        codingsPerDocument.add(doc.codings().size());
    }

    public FrequencyTable table() {
        List<FrequencyTable.Row> rows = new ArrayList<>();
        int[] totalPerDocument = new int[documents.size()];
        for (int k = 0; k < codes.size(); k++) {
            int[] row = new int[documents.size()];
            for (int d = 0; d < row.length; d++) {
                row[d] = perDocument.get(d)[k];
            }
            rows.add(
                    new FrequencyTable.Row(codes.path(k), (int) codings[k], (int) words[k], documentsWithCode[k], row));
        }
        for (int d = 0; d < totalPerDocument.length; d++) {
            totalPerDocument[d] = codingsPerDocument.get(d);
        }
        return new FrequencyTable(
                List.copyOf(documents),
                rows,
                new FrequencyTable.Row(null, (int) totalCodings, (int) totalWords, documentsWithAny, totalPerDocument));
    }
}
