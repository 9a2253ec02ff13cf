package org.caravanqda.app.refi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.port.StoreSession;

/**
 * Turns REFI-QDA user GUIDs into Caravan coders, created on first use. A coding without a user
 * falls back to its selection's, its source's, the project's creator, then the importing coder
 * (QualCoder falls back the same way).
 */
final class RefiPeople {
    private final StoreSession s;
    private final Map<String, String> names = new HashMap<>();
    private final String projectCreator;
    private final String importer;
    private final Set<String> added = new HashSet<>();
    /** Names already checked in this import: one lookup per coder, not per coding. */
    private final Set<String> known = new HashSet<>();

    RefiPeople(StoreSession s, RefiProject p, String importer) {
        this.s = s;
        this.importer = importer;
        p.users()
                .forEach(u -> names.put(
                        u.guid(),
                        u.name() == null || u.name().isBlank()
                                ? u.guid()
                                : u.name().strip()));
        this.projectCreator = p.creatingUser();
    }

    /** The first known user of the candidates, ensured as a coder. */
    String coder(String... userGuids) {
        for (String g : userGuids) {
            if (g != null) {
                return ensure(names.getOrDefault(g, g));
            }
        }
        return ensure(projectCreator != null ? names.getOrDefault(projectCreator, projectCreator) : importer);
    }

    /** A coder name for a memo's author (null stays null: memos may have no author). */
    String memoAuthor(String userGuid) {
        return userGuid == null ? null : ensure(names.getOrDefault(userGuid, userGuid));
    }

    private String ensure(String name) {
        if (known.add(name) && s.coders().byName(name).isEmpty()) {
            added.add(name);
            Coders.ensure(s, name);
        }
        return name;
    }

    /**
     * Every user the file lists, also those who made no codings or memos (a team member who only read,
     * or whose work was in another file), so the project's coder list matches the file's.
     */
    void ensureAll() {
        names.values().forEach(this::ensure);
    }

    int added() {
        return added.size();
    }
}
