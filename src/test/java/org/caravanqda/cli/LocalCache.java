package org.caravanqda.cli;

import java.nio.file.Path;
import org.caravanqda.store.pg.TwoCoders;

/** Server projects' local folders under a test's own folder ({@code caravan.cache}) instead of the user's cache. */
final class LocalCache {
    private LocalCache() {}

    /** Sets {@code caravan.cache} to {@code dir}; the returned action puts back what was there. */
    static Runnable at(Path dir) {
        String old = TwoCoders.useCache(dir);
        return () -> TwoCoders.restoreCache(old);
    }
}
