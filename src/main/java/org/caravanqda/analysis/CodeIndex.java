package org.caravanqda.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Codebook;

/**
 * The codebook numbered in tree order, with each code's ancestors: tables count a coding for
 * its code and for every code above it, so a parent row aggregates its descendants.
 */
public final class CodeIndex {
    private final List<Code> codes;
    private final Map<Long, Integer> indexOf = new HashMap<>();
    private final CodePath[] paths;
    private final int[][] selfAndAncestors;

    public CodeIndex(Codebook book) {
        this.codes = book.inTreeOrder();
        this.paths = new CodePath[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i).id(), i);
            paths[i] = book.path(codes.get(i));
        }
        this.selfAndAncestors = new int[codes.size()][];
        for (int i = 0; i < codes.size(); i++) {
            int depth = paths[i].depth();
            int[] chain = new int[depth];
            Code c = codes.get(i);
            for (int k = 0; k < depth; k++) {
                chain[k] = indexOf.get(c.id());
                c = c.parentId() == null ? null : book.byId(c.parentId()).orElseThrow();
            }
            selfAndAncestors[i] = chain;
        }
    }

    public int size() {
        return codes.size();
    }

    public int indexOf(long codeId) {
        Integer i = indexOf.get(codeId);
        if (i == null) {
            throw new IllegalArgumentException("code " + codeId + " is not in the codebook");
        }
        return i;
    }

    public Code code(int index) {
        return codes.get(index);
    }

    public CodePath path(int index) {
        return paths[index];
    }

    /** The code's own index first, then its parent's, up to the root. */
    public int[] selfAndAncestors(long codeId) {
        return selfAndAncestors[indexOf(codeId)];
    }

    public int maxDepth() {
        int max = 0;
        for (CodePath p : paths) {
            max = Math.max(max, p.depth());
        }
        return max;
    }
}
