package org.caravanqda.app.refi;

import java.util.ArrayList;
import java.util.List;

/** Collects the import report's warnings and the elements not brought over. */
final class RefiImportLog {
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notImported = new ArrayList<>();

    void warn(String message) {
        warnings.add(message);
    }

    void notImported(String message) {
        notImported.add(message);
    }

    List<String> warnings() {
        return warnings;
    }

    List<String> notImported() {
        return notImported;
    }
}
