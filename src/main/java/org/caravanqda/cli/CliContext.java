package org.caravanqda.cli;

import java.io.PrintWriter;
import org.caravanqda.app.Caravan;

/** What every command gets: the application and the two output streams. */
record CliContext(Caravan app, PrintWriter out, PrintWriter err) {
}
