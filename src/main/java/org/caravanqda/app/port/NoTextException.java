package org.caravanqda.app.port;

import org.caravanqda.app.common.CaravanException;

/**
 * A file that holds no text to code (empty, blank, or front matter only). Named on the command
 * line it stops the import like any bad input; met while walking a folder it is passed over.
 */
public final class NoTextException extends CaravanException {
    public NoTextException(String fileName) {
        super(fileName + " contains no text");
    }
}
