package org.caravanqda.app.pseudonym;

import java.util.List;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Pseudonym;

/**
 * Whether an export applied a pseudonym list: {@code listed} entries (the project's and any given
 * for the export), {@code applied} unless the user asked for real names, {@code replacements}
 * names replaced in what was written.
 */
public record Pseudonymization(long listed, boolean applied, long replacements) {
    /** The entries an export applies (none when real names are asked for). */
    public static List<Pseudonym> entries(StoreSession s, PseudonymChoice choice) {
        return choice.realNames()
                ? List.of()
                : PseudonymService.merge(s.pseudonyms().all(), choice.extra());
    }

    public static Pseudonymizer pseudonymizer(StoreSession s, NameForms forms, PseudonymChoice choice) {
        return new Pseudonymizer(entries(s, choice), forms);
    }

    /** What was done, given how many entries the project lists and what was asked. */
    public static Pseudonymization of(StoreSession s, PseudonymChoice choice, Pseudonymizer applied) {
        long listed =
                choice.realNames() ? s.pseudonyms().count() : entries(s, choice).size();
        return new Pseudonymization(listed, !choice.realNames() && listed > 0, applied.replacements());
    }

    /** What the About sheet and the command line say about it. */
    public String describe() {
        if (listed == 0) {
            return "no: the project has no pseudonym list";
        }
        return applied
                ? "yes: " + listed + " pseudonyms in the list, " + replacements + " names replaced"
                : "NO: real names exported on request (--real-names), although " + listed + " pseudonyms are defined";
    }
}
