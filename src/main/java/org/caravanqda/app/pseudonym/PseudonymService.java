package org.caravanqda.app.pseudonym;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caravanqda.app.access.Versioning;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.app.port.Versions;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Pseudonym;

/**
 * The project's pseudonym list: import from CSV, list, add, edit, remove, clear, and the
 * {@link Pseudonymizer} that exports and the GUI apply. Every change is one transaction with a
 * change-log entry; the log records counts and ids, never names.
 */
public final class PseudonymService {
    static final List<String> COLUMNS = List.of("real_name", "pseudonym", "kind", "notes");
    private final ProjectStore store;
    private final NameForms forms;
    private final TableReader tables;

    public PseudonymService(ProjectStore store, NameForms forms, TableReader tables) {
        this.store = store;
        this.forms = forms;
        this.tables = tables;
    }

    public List<Pseudonym> list() {
        return store.read(s -> s.pseudonyms().all());
    }

    public long count() {
        return store.read(s -> s.pseudonyms().count());
    }

    /** The list as it is now, ready to apply (empty when the project has none). */
    public Pseudonymizer pseudonymizer() {
        return new Pseudonymizer(list(), forms);
    }

    /** A pseudonym table checked as {@link #importCsv} checks it, for one export only (nothing stored). */
    public List<Pseudonym> readCsv(Path csv) {
        return PseudonymCsv.parse(csv.getFileName().toString(), tables.read(csv));
    }

    /** {@code list} with {@code extra} added; an extra entry replaces one for the same real name (any letter case). */
    public static List<Pseudonym> merge(List<Pseudonym> list, List<Pseudonym> extra) {
        if (extra.isEmpty()) {
            return list;
        }
        Map<String, Pseudonym> byKey = new java.util.LinkedHashMap<>();
        list.forEach(p -> byKey.put(Words.phraseKey(p.realName()), p));
        extra.forEach(p -> byKey.put(Words.phraseKey(p.realName()), p));
        return List.copyOf(byKey.values());
    }

    /** A table (e.g. from caravan table) with the pseudonyms applied, unless {@code realNames}. */
    public DataTable table(DataTable t, boolean realNames) {
        return realNames ? t : Pseudonymized.table(t, pseudonymizer());
    }

    /** Adds or updates entries from a CSV with a header naming real_name and pseudonym (kind, notes optional). */
    public ImportResult importCsv(Path csv) {
        List<Pseudonym> rows = PseudonymCsv.parse(csv.getFileName().toString(), tables.read(csv));
        return store.write(s -> {
            Map<String, Pseudonym> existing = byKey(s);
            int added = 0;
            int updated = 0;
            for (Pseudonym p : rows) {
                Pseudonym old = existing.get(Words.phraseKey(p.realName()));
                if (old == null) {
                    s.pseudonyms().insert(p);
                    added++;
                } else {
                    s.pseudonyms()
                            .update(new Pseudonym(
                                    old.id(), p.realName(), p.pseudonym(), p.kind(), p.notes(), old.createdAt()));
                    updated++;
                }
            }
            log(s, ChangeAction.PSEUDONYM_IMPORT, "{\"added\":" + added + ",\"updated\":" + updated + "}");
            return new ImportResult(added, updated, (int) s.pseudonyms().count());
        });
    }

    /** What an import did, and how long the list is now. */
    public record ImportResult(int added, int updated, int total) {}

    /** Adds one entry (GUI); refuses a real name already listed, in any letter case. */
    public long add(String realName, String pseudonym, String notes) {
        Pseudonym p = checked(0, realName, pseudonym, notes);
        return store.write(s -> {
            if (byKey(s).containsKey(Words.phraseKey(p.realName()))) {
                throw new CaravanException("that real name is already in the pseudonym list");
            }
            long id = s.pseudonyms().insert(p);
            log(s, ChangeAction.PSEUDONYM_ADD, "{\"id\":" + id + "}");
            return id;
        });
    }

    /** Changes entry {@code id} (GUI). */
    public void update(long id, String realName, String pseudonym, String notes) {
        update(id, realName, pseudonym, notes, null);
    }

    /**
     * As {@link #update(long, String, String, String)} when the entry is still at version {@code seenVersion}
     * (null: any); else a {@link org.caravanqda.app.common.StaleEditException} with the entry as it is now.
     */
    public void update(long id, String realName, String pseudonym, String notes, Long seenVersion) {
        Pseudonym p = checked(id, realName, pseudonym, notes);
        store.write(s -> {
            claim(s, id, seenVersion);
            Pseudonym clash = byKey(s).get(Words.phraseKey(p.realName()));
            if (clash != null && clash.id() != id) {
                throw new CaravanException("that real name is already in the pseudonym list");
            }
            s.pseudonyms().update(p);
            log(s, ChangeAction.PSEUDONYM_UPDATE, "{\"id\":" + id + "}");
            return null;
        });
    }

    /** Removes the entry of a real name (any letter case); refuses one not listed. */
    public void remove(String realName) {
        store.write(s -> {
            Pseudonym p = byKey(s).get(Words.phraseKey(realName == null ? "" : realName));
            if (p == null) {
                throw new CaravanException("no such name in the pseudonym list (caravan pseudonyms list shows it)");
            }
            claim(s, p.id(), null);
            s.pseudonyms().delete(p.id());
            log(s, ChangeAction.PSEUDONYM_REMOVE, "{\"id\":" + p.id() + "}");
            return null;
        });
    }

    public void removeId(long id) {
        removeId(id, null);
    }

    /** Removes entry {@code id} when it is still at version {@code seenVersion} (null: any). */
    public void removeId(long id, Long seenVersion) {
        store.write(s -> {
            claim(s, id, seenVersion);
            s.pseudonyms().delete(id);
            log(s, ChangeAction.PSEUDONYM_REMOVE, "{\"id\":" + id + "}");
            return null;
        });
    }

    /** The entry's version now: what an edit names as the version its user saw. */
    public long version(long id) {
        return store.read(
                s -> s.versions().current(Versions.Versioned.PSEUDONYM, id).orElse(-1));
    }

    private static void claim(StoreSession s, long id, Long seen) {
        Versioning.claim(
                s,
                Versions.Versioned.PSEUDONYM,
                id,
                seen,
                "pseudonym entry " + id,
                () -> s.pseudonyms().all().stream()
                        .filter(p -> p.id() == id)
                        .findFirst()
                        .map(p -> (Object) (p.realName() + " -> " + p.pseudonym()))
                        .orElse(null));
    }

    /** Empties the list; returns how many entries it had. */
    public int clear() {
        return store.write(s -> {
            int n = s.pseudonyms().clear();
            log(s, ChangeAction.PSEUDONYM_CLEAR, "{\"removed\":" + n + "}");
            return n;
        });
    }

    private static Pseudonym checked(long id, String realName, String pseudonym, String notes) {
        if (realName == null || Words.bounds(realName).length == 0 || pseudonym == null || pseudonym.isBlank()) {
            throw new CaravanException("a pseudonym needs a real name (with at least one letter) and a pseudonym");
        }
        return new Pseudonym(
                id,
                Words.nfc(realName.strip()),
                Words.nfc(pseudonym.strip()),
                null,
                notes == null || notes.isBlank() ? null : notes,
                java.time.Instant.now());
    }

    private static Map<String, Pseudonym> byKey(StoreSession s) {
        Map<String, Pseudonym> out = new HashMap<>();
        s.pseudonyms().all().forEach(p -> out.put(Words.phraseKey(p.realName()), p));
        return out;
    }

    private static void log(StoreSession s, ChangeAction action, String payload) {
        s.changeLog().append(org.caravanqda.app.access.Coders.defaultName(), action, payload);
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    static List<String> columns(List<String> header) {
        List<String> out = new ArrayList<>();
        header.forEach(h -> out.add(lower(h)));
        return out;
    }
}
