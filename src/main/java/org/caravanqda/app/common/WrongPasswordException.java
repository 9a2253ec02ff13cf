package org.caravanqda.app.common;

import java.nio.file.Path;

/** The password does not open this encrypted project; a GUI asks again, the CLI exits 1. */
public final class WrongPasswordException extends CaravanException {
    public WrongPasswordException(Path dir) {
        super("wrong password for project " + dir);
    }
}
