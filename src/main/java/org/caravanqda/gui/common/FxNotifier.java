package org.caravanqda.gui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.caravanqda.app.common.CaravanException;

/** Shows failures in a dialog: a CaravanException by its message, anything else with its stack trace. */
public final class FxNotifier implements Notifier {
    private final Window owner;

    public FxNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String what, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(what);
        alert.setHeaderText(headline(cause));
        if (!(cause instanceof CaravanException)) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.show();
    }

    static String headline(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
