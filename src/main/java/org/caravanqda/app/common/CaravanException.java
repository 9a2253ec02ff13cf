package org.caravanqda.app.common;

/**
 * A refused operation or bad input. Its message is the one clear line the user sees; the CLI
 * exits 1 with it. Thrown before anything is committed, so the project is unchanged.
 */
public class CaravanException extends RuntimeException {
    public CaravanException(String message) {
        super(message);
    }

    public CaravanException(String message, Throwable cause) {
        super(message, cause);
    }
}
