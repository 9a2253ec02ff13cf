package org.caravanqda.app;

import org.caravanqda.app.common.CaravanException;

/** What a new project password must satisfy, the same for the command line and the desktop. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {}

    /** Refuses a password too short to resist guessing by someone holding the project files. */
    public static void requireStrongEnough(char[] password) {
        if (password != null && password.length < MIN_LENGTH) {
            throw new CaravanException("the password is too short: use at least " + MIN_LENGTH
                    + " characters (a phrase of several words is best)");
        }
    }
}
