package org.caravanqda.store;

/** The running Caravan version, from the jar manifest (or "dev" from a build tree). */
final class Version {
    private Version() {
    }

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
