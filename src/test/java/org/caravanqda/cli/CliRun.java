package org.caravanqda.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.caravanqda.TestApp;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    /** With an empty environment and no terminal (so no password can be asked for). */
    static CliRun of(String... args) {
        return with(Map.of(), text -> null, args);
    }

    /** As {@link #of}, asserting the command succeeded (the message names the command and its stderr). */
    static CliRun ok(String... args) {
        CliRun r = of(args);
        org.assertj.core.api.Assertions.assertThat(r.exit())
                .as(String.join(" ", args) + "\n" + r.err())
                .isZero();
        return r;
    }

    /** With this environment (e.g. CARAVAN_PASSWORD) and this password prompt standing in for the terminal. */
    static CliRun with(Map<String, String> env, CliPasswords.PasswordPrompt prompt, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CaravanCli(TestApp.app(), new PrintWriter(out, true), new PrintWriter(err, true), env, prompt)
                .run(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
