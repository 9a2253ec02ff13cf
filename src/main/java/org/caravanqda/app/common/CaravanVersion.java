package org.caravanqda.app.common;

import java.util.Optional;

/**
 * This Caravan's version, from the jar manifest's Implementation-Version: the one place every
 * layer asks (backups, the project record, exports, the CLI's --version, codebook files).
 */
public final class CaravanVersion {
    private CaravanVersion() {}

    /** The version, or "dev" when run from classes (a build tree, the tests). */
    public static String get() {
        return fromJar().orElse("dev");
    }

    /** The version when run from the built jar; empty from classes. */
    public static Optional<String> fromJar() {
        return Optional.ofNullable(CaravanVersion.class.getPackage().getImplementationVersion());
    }
}
