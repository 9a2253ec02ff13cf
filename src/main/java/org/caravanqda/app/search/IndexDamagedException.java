package org.caravanqda.app.search;

/**
 * The search index failed and its files are damaged (a checksum does not hold, a file is cut or
 * gone): the index adapter has checked, so this is not a query problem or a bug. The index is
 * derived, so the app discards it and rebuilds it from the store, then answers.
 */
public final class IndexDamagedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code damage}: one line saying what is damaged (no text from the project). */
    public IndexDamagedException(String damage, Throwable cause) {
        super(damage, cause);
    }
}
