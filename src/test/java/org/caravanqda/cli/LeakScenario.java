package org.caravanqda.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.caravanqda.Main;

/**
 * Run in a child JVM (with its own java.io.tmpdir) by {@link EncryptedProjectLeakTest}: a
 * researcher's session through the command line on one project, plain or encrypted: init,
 * import, code with a memo, search, auto-code, check, list; and for an encrypted project a
 * password change and a search under the new password. Exits non-zero at the first command that fails.
 */
public final class LeakScenario {
    static final String PASSWORD = "степной ветер 2022";
    static final String NEW_PASSWORD = "горный перевал 2024";

    private LeakScenario() {}

    /** Arguments: project folder, transcript file, "encrypted" or "plain". */
    public static void main(String[] args) {
        String dir = args[0];
        boolean encrypted = args[2].equals("encrypted");
        Map<String, String> env = Map.of("CARAVAN_PASSWORD", PASSWORD, "CARAVAN_NEW_PASSWORD", NEW_PASSWORD);
        List<String[]> session = new java.util.ArrayList<>(List.of(
                encrypted ? new String[] {"init", "-p", dir, "--encrypt"} : new String[] {"init", "-p", dir},
                new String[] {"import", "-p", dir, args[1]},
                new String[] {
                    "code",
                    "-p",
                    dir,
                    "--document",
                    "qazaqstan",
                    "--quote",
                    "зачастую он отваливается даже в центре города",
                    "--code",
                    "Departure",
                    "--coder",
                    "анна",
                    "--memo",
                    "перебои со связью после мобилизации"
                },
                new String[] {"search", "-p", dir, "перебои", "--in", "units"},
                new String[] {"search", "-p", dir, "code:Departure AND text:отваливаться"},
                new String[] {
                    "autocode",
                    "-p",
                    dir,
                    "--query",
                    "грунтовка",
                    "--code",
                    "Departure",
                    "--unit",
                    "sentence",
                    "--coder",
                    "auto"
                },
                new String[] {"codings", "-p", dir, "--format", "json"},
                new String[] {"check", "-p", dir}));
        if (encrypted) {
            session.add(new String[] {"password", "-p", dir});
            // with the new password: the index kept under the old key is discarded, rebuilt and kept again
            session.add(new String[] {"search", "-p", dir, "перебои", "--in", "units"});
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Map<String, String> current = env;
        for (String[] command : session) {
            int code = new CaravanCli(Main.application(), out, err, current, text -> null).run(command);
            if (code != 0) {
                err.println("FAILED: " + String.join(" ", command));
                System.exit(code);
            }
            if (command[0].equals("password")) {
                current = Map.of("CARAVAN_PASSWORD", NEW_PASSWORD);
            }
        }
        System.exit(0);
    }
}
