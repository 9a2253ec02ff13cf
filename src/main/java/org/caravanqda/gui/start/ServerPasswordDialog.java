package org.caravanqda.gui.start;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Window;
import org.caravanqda.app.port.ServerPasswordPrompt;

/**
 * The window's question for a database server's password (issue 20): a password dialog naming the
 * server and the login, saying why the last password was refused. The opening asks from its job
 * thread; the dialog is shown on the FX thread, and the job waits for the answer.
 */
public final class ServerPasswordDialog implements ServerPasswordPrompt {
    private final Window owner;

    public ServerPasswordDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public char[] ask(String server, String login, String problem) {
        if (Platform.isFxApplicationThread()) {
            return show(server, login, problem);
        }
        FutureTask<char[]> asked = new FutureTask<>(() -> show(server, login, problem));
        Platform.runLater(asked);
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private char[] show(String server, String login, String problem) {
        return PasswordDialog.show(
                        owner, "Database server", "Password of " + login + " on the server " + server, problem)
                .orElse(null);
    }
}
