package org.caravanqda.app;

import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.pseudonym.Pseudonymizer;

/**
 * Whether an export applied the project's pseudonym list: {@code listed} entries, {@code applied}
 * unless the user asked for real names, {@code replacements} names replaced in what was written.
 */
public record Pseudonymization(long listed, boolean applied, long replacements) {
    public static final Pseudonymization NONE = new Pseudonymization(0, false, 0);

    /** Exports apply a non-empty list unless asked for real names. */
    public static Pseudonymizer pseudonymizer(StoreSession s, NameForms forms, boolean realNames) {
        return new Pseudonymizer(realNames ? java.util.List.of() : s.pseudonyms().all(), forms);
    }

    /** What the About sheet and the command line say about it. */
    public String describe() {
        if (listed == 0) {
            return "no: the project has no pseudonym list";
        }
        return applied ? "yes: " + listed + " pseudonyms in the list, " + replacements + " names replaced"
                : "NO: real names exported on request (--real-names), although " + listed + " pseudonyms are defined";
    }
}
