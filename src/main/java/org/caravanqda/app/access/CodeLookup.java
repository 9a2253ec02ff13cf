package org.caravanqda.app.access;

import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Codebook;

/** Finds a code by its path ("Exit as voice/Silent protest"), or by a leaf name that is unique. */
public final class CodeLookup {
    private CodeLookup() {}

    public static Code find(Codebook book, String path) {
        CodePath p;
        try {
            p = CodePath.parse(path);
        } catch (IllegalArgumentException e) {
            throw new CaravanException(e.getMessage());
        }
        return book.byPath(p).orElseGet(() -> byLeaf(book, p, path));
    }

    private static Code byLeaf(Codebook book, CodePath p, String raw) {
        if (p.depth() == 1) {
            List<Code> named =
                    book.codes().stream().filter(c -> c.name().equals(p.leaf())).toList();
            if (named.size() == 1) {
                return named.get(0);
            }
            if (named.size() > 1) {
                throw new CaravanException("code name '" + raw + "' is ambiguous: "
                        + String.join(
                                ", ",
                                named.stream().map(c -> book.path(c).toString()).toList()));
            }
        }
        List<String> close = book.closeTo(raw, 3);
        throw new CaravanException("unknown code '" + raw + "'"
                + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
    }
}
