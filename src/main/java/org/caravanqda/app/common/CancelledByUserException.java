package org.caravanqda.app.common;

/** The user cancelled a question the work needed answered (a password): nothing was opened or changed. */
public final class CancelledByUserException extends CaravanException {
    public CancelledByUserException(String message) {
        super(message);
    }
}
