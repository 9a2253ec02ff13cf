package org.caravanqda.app.common;

import java.nio.file.Path;
import java.util.List;

/**
 * A project whose database holds schema objects Caravan's migrations did not create (a trigger,
 * an alias, a user, an extra table, a changed one): H2 would run or trust them on open, so the
 * project is refused before it is opened. {@link #objects()} names them for {@code caravan check}.
 */
public final class ForeignObjectsException extends CaravanException {
    private static final int SHOWN = 8;
    private final transient List<String> objects;

    public ForeignObjectsException(Path dir, List<String> objects) {
        super("the project " + dir + " was not opened: its database schema differs from what Caravan's migrations"
                + " make (" + shortList(objects) + "); a database changed outside Caravan can run code when it is"
                + " opened, so nothing in it was run or changed (if someone sent you this folder, ask them for a"
                + " backup instead: caravan backup writes data only)");
        this.objects = List.copyOf(objects);
    }

    /** What differs, one entry per object: "trigger PUBLIC.X", "table PUBLIC.Y (changed)", "index on PUBLIC.Z (missing)". */
    public List<String> objects() {
        return objects;
    }

    private static String shortList(List<String> objects) {
        String shown = String.join(", ", objects.subList(0, Math.min(SHOWN, objects.size())));
        return objects.size() > SHOWN ? shown + " and " + (objects.size() - SHOWN) + " more" : shown;
    }
}
