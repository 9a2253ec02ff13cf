package org.caravanqda.cli;

import java.nio.file.Path;

/** Server projects' local folders under a test's own folder ({@code caravan.cache}) instead of the user's cache. */
final class LocalCache {
    private LocalCache() {}

    /** Sets {@code caravan.cache} to {@code dir}; the returned action puts back what was there. */
    static Runnable at(Path dir) {
        String old = System.getProperty("caravan.cache");
        System.setProperty("caravan.cache", dir.toString());
        return () -> {
            if (old == null) {
                System.clearProperty("caravan.cache");
            } else {
                System.setProperty("caravan.cache", old);
            }
        };
    }
}
