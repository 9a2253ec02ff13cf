package org.caravanqda.app.access;

import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Coder;

/** Resolves the acting coder: given name, else $CARAVAN_CODER, else the OS user; stored on first use. */
public final class Coders {
    private static final String[] PALETTE = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"
    };

    private Coders() {}

    public static String defaultName() {
        String env = System.getenv("CARAVAN_CODER");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return System.getProperty("user.name", "coder");
    }

    public static String nameOrDefault(String name) {
        return name == null || name.isBlank() ? defaultName() : name.strip();
    }

    /** Makes sure the coder exists in the store; returns the name. */
    public static String ensure(StoreSession s, String name) {
        if (s.coders().byName(name).isEmpty()) {
            int n = s.coders().all().size();
            s.coders().insert(new Coder(0, name, PALETTE[n % PALETTE.length]));
        }
        return name;
    }
}
