package org.caravanqda.app.port;

import java.nio.file.Path;

/**
 * Opens the desktop window. Main wires the JavaFX implementation in; the CLI's {@code gui}
 * command reaches it through this port, so the CLI never depends on the GUI.
 */
@FunctionalInterface
public interface Desktop {
    Desktop NONE = project -> {
        throw new org.caravanqda.app.common.CaravanException("this Caravan has no desktop window (command line only)");
    };

    /** Shows the window and returns when it is closed; {@code projectOrNull} opens that project directly. */
    void open(Path projectOrNull);
}
