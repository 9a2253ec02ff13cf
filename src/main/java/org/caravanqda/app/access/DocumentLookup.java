package org.caravanqda.app.access;

import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Document;
import org.caravanqda.model.DocumentNames;
import org.caravanqda.model.Suggestions;

/** Finds a document by its name, or by the name without extension when that is unambiguous. */
public final class DocumentLookup {
    private DocumentLookup() {}

    public static Document find(StoreSession s, String name) {
        return s.documents().byName(name).orElseGet(() -> byBaseName(s, name));
    }

    private static Document byBaseName(StoreSession s, String name) {
        List<String> names = s.documents().names();
        List<String> matches = names.stream()
                .filter(n -> DocumentNames.withoutExtension(n).equals(name))
                .toList();
        if (matches.size() == 1) {
            return s.documents().byName(matches.get(0)).orElseThrow();
        }
        if (matches.size() > 1) {
            throw new CaravanException("document name '" + name + "' is ambiguous: " + String.join(", ", matches));
        }
        List<String> close = Suggestions.closest(name, names, 3);
        throw new CaravanException("unknown document '" + name + "'"
                + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
    }
}
