package org.caravanqda.app.port;

/**
 * Asks for a database server's password when the server wants one and neither PGPASSWORD nor
 * ~/.pgpass gave it (issue 20): a console prompt for the command line, a dialog for the window,
 * given per opening ({@link ProjectStores#asking}). Never shown, never logged; the caller clears
 * the returned array.
 */
@FunctionalInterface
public interface ServerPasswordPrompt {
    /** How many passwords one opening asks for before it gives up. */
    int TRIES = 3;

    /**
     * The password of {@code login} at {@code server} (postgresql://host[:port]/database), or null
     * when the user cancels. {@code problem}: null the first time, else why the last one was refused.
     */
    char[] ask(String server, String login, String problem);
}
