package org.caravanqda.app.access;

import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Coder;

/** Resolves the acting coder: given name, else $CARAVAN_CODER, else the OS user; stored on first use. */
public final class Coders {
    private static final String[] PALETTE = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"
    };

    private Coders() {}

    public static String defaultName() {
        return fromEnvironment(System.getenv()).orElseGet(() -> System.getProperty("user.name", "coder"));
    }

    /**
     * The coder named by {@code CARAVAN_CODER}, if set: the window takes it without asking, as the command line does,
     * so a script or a shared machine's session that sets it is never stopped by the question.
     */
    public static Optional<String> fromEnvironment(Map<String, String> environment) {
        String env = environment.get("CARAVAN_CODER");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
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
