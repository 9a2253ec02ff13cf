package org.caravanqda.app.port;

/**
 * Decides, with the project lock held and before the database is opened for writing, whether it
 * may be opened: H2 rewrites (and may shrink) a file it opens for writing, so a database that lost
 * its tail must be refused before that, to keep the evidence (ADR 0018).
 */
@FunctionalInterface
public interface OpenGuard {
    /** Admits everything, without looking (the store is not even read first). */
    OpenGuard NONE = view -> Admission.OPEN;

    /** Throws a {@link org.caravanqda.app.common.CaravanException} to refuse; nothing is then written. */
    Admission admit(StoreView view);

    /** Whether the store should look before it opens; {@link #NONE} does not. */
    default boolean looks() {
        return this != NONE;
    }

    /** How to open an admitted database. */
    enum Admission {
        OPEN,
        /** Keep a byte-for-byte copy of the database file first (it is being accepted as it is). */
        OPEN_AFTER_COPY
    }
}
