package org.caravanqda.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Coding;

/** Builds a {@link MatrixTable} for one attribute, one document at a time. */
public final class MatrixCounter {
    private final String attribute;
    private final CodeIndex codes;
    private final AttributeBins bins;
    private final int[] documentsPerValue;
    private final int[][] documents;
    private final int[][] codings;
    private final BitSet occurring = new BitSet();
    private final List<List<String>> names = new ArrayList<>();

    public MatrixCounter(String attribute, CodeIndex codes, AttributeBins bins) {
        this.attribute = attribute;
        this.codes = codes;
        this.bins = bins;
        this.documentsPerValue = new int[bins.labels().size()];
        this.documents = new int[codes.size()][bins.labels().size()];
        this.codings = new int[codes.size()][bins.labels().size()];
        bins.labels().forEach(l -> names.add(new ArrayList<>()));
    }

    /** {@code value}: the document's attribute value, null when it has none. */
    public void add(CodedDocument doc, Object value) {
        int column = bins.labels().indexOf(bins.labelOf().apply(value));
        if (column < 0) {
            throw new IllegalArgumentException(
                    "value " + value + " of " + attribute + " was not among the binned values");
        }
        documentsPerValue[column]++;
        names.get(column).add(doc.name());
        BitSet here = new BitSet();
        for (Coding c : doc.codings()) {
            for (int k : codes.selfAndAncestors(c.codeId())) {
                codings[k][column]++;
                here.set(k);
            }
        }
        here.stream().forEach(k -> documents[k][column]++);
        occurring.or(here);
    }

    /** Per value (column), the names of the documents counted in it, in the order they were added. */
    public List<List<String>> documentsPerColumn() {
        return names.stream().map(List::copyOf).toList();
    }

    public MatrixTable table() {
        int[] keep = occurring.stream().toArray();
        List<CodePath> paths = new ArrayList<>();
        int[][] d = new int[keep.length][];
        int[][] c = new int[keep.length][];
        for (int i = 0; i < keep.length; i++) {
            paths.add(codes.path(keep[i]));
            d[i] = documents[keep[i]];
            c[i] = codings[keep[i]];
        }
        return new MatrixTable(attribute, bins.labels(), documentsPerValue, paths, d, c);
    }
}
