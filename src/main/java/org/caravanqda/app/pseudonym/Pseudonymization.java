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

    /**
     * How a user finds each of {@link #entries}: its row as {@code caravan pseudonyms list} prints
     * the project's list, or its place in the table given for this export.
     */
    public static List<String> labels(StoreSession s, PseudonymChoice choice) {
        if (choice.realNames()) {
            return List.of();
        }
        java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
        List<Pseudonym> listed = s.pseudonyms().all();
        for (int i = 0; i < listed.size(); i++) {
            byKey.put(Words.phraseKey(listed.get(i).realName()), "row " + (i + 1) + " of caravan pseudonyms list");
        }
        for (int i = 0; i < choice.extra().size(); i++) {
            byKey.put(
                    Words.phraseKey(choice.extra().get(i).realName()),
                    "entry " + (i + 1) + " of the --pseudonyms file");
        }
        return List.copyOf(byKey.values());
    }

    /** The check of the written file for the names {@code applied} replaced (none when real names are asked for). */
    public static LeakScan leakScan(StoreSession s, PseudonymChoice choice, Pseudonymizer applied) {
        return choice.realNames() || applied.isEmpty() ? LeakScan.NONE : new LeakScan(applied, labels(s, choice));
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
