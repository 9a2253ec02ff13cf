package org.caravanqda.app.pseudonym;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ExportReadBack;

/**
 * The last step of a pseudonymized export (issue 22): the written file is read back as another
 * program would read it, and every listed real name is looked for in every piece of its text
 * (whole words, any letter case, NFC, in every form rewriting replaces). One left means a place
 * the rewriting missed, or a form it does not know: the export is refused and the file never
 * takes its name. The refusal says how many names, which entries of the list and where, never
 * the names: the message lands on terminals, shared screens, CI logs and support requests.
 */
public final class LeakScan {
    /** Places named in the message; the count says how many more there are. */
    static final int PLACES_SHOWN = 5;

    /** Nothing to look for: real names were asked for, or the project has no list. */
    public static final LeakScan NONE = new LeakScan(null, List.of());

    private final Pseudonymizer names;
    private final List<String> labels;

    /** {@code labels}: how the user finds each entry of {@code names}' list, e.g. "row 3 of caravan pseudonyms list". */
    LeakScan(Pseudonymizer names, List<String> labels) {
        this.names = names;
        this.labels = List.copyOf(labels);
    }

    /** Whether there is anything to look for. */
    public boolean isEmpty() {
        return names == null || names.isEmpty();
    }

    /** Reads {@code file} (written as {@code extension}) back and refuses it when a listed real name is in it. */
    public void check(ExportReadBack reader, Path file, String extension) {
        if (isEmpty()) {
            return;
        }
        Set<Integer> entries = new TreeSet<>();
        Set<String> places = new LinkedHashSet<>();
        long[] occurrences = {0};
        reader.read(
                file,
                extension,
                (where, text) -> names.findListed(text, entry -> {
                    entries.add(entry);
                    places.add(where);
                    occurrences[0]++;
                }));
        if (!entries.isEmpty()) {
            throw new CaravanException(message(entries, places, occurrences[0]));
        }
    }

    private String message(Set<Integer> entries, Set<String> places, long occurrences) {
        List<String> which = new ArrayList<>();
        entries.forEach(e -> which.add(e < labels.size() ? labels.get(e) : "entry " + (e + 1)));
        List<String> shown = places.stream().limit(PLACES_SHOWN).toList();
        int n = entries.size();
        return "the export was not written: " + n + (n == 1 ? " listed real name is" : " listed real names are")
                + " still in it (" + String.join(", ", which) + "), " + occurrences
                + (occurrences == 1 ? " time" : " times") + ", at " + String.join("; ", shown)
                + (places.size() > shown.size() ? " and " + (places.size() - shown.size()) + " more places" : "")
                + ". The names are not shown here (caravan pseudonyms list shows the list). To see them, make the"
                + " same export with --real-names into a safe place and look there; then add the form the list"
                + " misses, or change the name in the project. Export with --real-names only where real names belong";
    }
}
