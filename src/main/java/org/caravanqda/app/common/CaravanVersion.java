package org.caravanqda.app.common;

/** This Caravan's version, from the jar manifest ("dev" when run from classes). */
public final class CaravanVersion {
    private CaravanVersion() {
    }

    public static String get() {
        String v = CaravanVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
