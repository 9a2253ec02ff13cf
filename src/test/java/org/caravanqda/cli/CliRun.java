package org.caravanqda.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.caravanqda.TestApp;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CaravanCli(TestApp.app(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
