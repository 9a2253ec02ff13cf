package org.caravanqda.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.caravanqda.model.Coding;

/** Builds a {@link PresenceTable} one document at a time; only codes that occur somewhere become columns. */
public final class PresenceCounter {
    private final CodeIndex codes;
    private final List<String> documents = new ArrayList<>();
    private final List<BitSet> present = new ArrayList<>();
    private final BitSet occurring = new BitSet();

    public PresenceCounter(CodeIndex codes) {
        this.codes = codes;
    }

    public void add(CodedDocument doc) {
        BitSet here = new BitSet();
        for (Coding c : doc.codings()) {
            for (int k : codes.selfAndAncestors(c.codeId())) {
                here.set(k);
            }
        }
        occurring.or(here);
        documents.add(doc.name());
        present.add(here);
    }

    public PresenceTable table() {
        int[] keep = occurring.stream().toArray();
        List<boolean[]> rows = new ArrayList<>();
        for (BitSet here : present) {
            boolean[] row = new boolean[keep.length];
            for (int i = 0; i < keep.length; i++) {
                row[i] = here.get(keep[i]);
            }
            rows.add(row);
        }
        List<org.caravanqda.model.CodePath> paths = new ArrayList<>();
        for (int k : keep) {
            paths.add(codes.path(k));
        }
        return new PresenceTable(List.copyOf(documents), paths, rows);
    }
}
