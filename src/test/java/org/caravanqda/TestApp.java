package org.caravanqda;

import java.nio.file.Path;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;

/** Projects for tests: the real application, wired as Main wires it, in a temporary folder. */
public final class TestApp {
    private TestApp() {}

    public static Caravan app() {
        return Main.application();
    }

    public static Project newProject(Path dir) {
        return app().create(dir.resolve("project"), "test", "ru", null, false);
    }
}
