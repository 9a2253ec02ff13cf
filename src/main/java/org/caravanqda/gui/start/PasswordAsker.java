package org.caravanqda.gui.start;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks for the password of an encrypted project (a dialog with a password field in the app, a
 * script in tests). Empty when the user cancels. The caller clears the returned array.
 */
@FunctionalInterface
public interface PasswordAsker {
    /** {@code problem}: null the first time, else why the last password was refused. */
    Optional<char[]> ask(Path project, String problem);

    PasswordAsker NONE = (project, problem) -> Optional.empty();
}
