package org.caravanqda.app;

import org.caravanqda.app.port.ProjectStore;

/**
 * The open project's store, for the benchmark harness (which fills a project with a million synthetic
 * codings faster than the coding service would) and for tests that check what was stored. It lives in
 * the bench source tree, so the shipped jar has no public way around the use cases.
 */
public final class StoreAccess {
    private StoreAccess() {}

    public static ProjectStore of(Project project) {
        return project.store();
    }
}
