package org.caravanqda.app.common;

import java.nio.file.Path;

/**
 * Where Caravan's log lives: the system property {@code caravan.log.dir} (tests), else the user's data
 * folder as each system names it: %LOCALAPPDATA%\Caravan\logs on Windows, ~/Library/Logs/Caravan on
 * macOS, $XDG_STATE_HOME/caravan (or ~/.local/state/caravan) elsewhere.
 */
public final class LogFolder {
    private LogFolder() {}

    public static Path path() {
        String given = System.getProperty("caravan.log.dir");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("Caravan")
                    .resolve("logs");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Caravan");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state != null && !state.isBlank()
                        ? Path.of(state)
                        : home.resolve(".local").resolve("state"))
                .resolve("caravan");
    }
}
