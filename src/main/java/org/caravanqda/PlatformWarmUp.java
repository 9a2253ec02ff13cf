package org.caravanqda;

import java.security.MessageDigest;
import java.time.ZoneId;
import org.caravanqda.cli.CaravanCli;

/**
 * Work done once per process, started on a second thread while the main one composes the application
 * (ADR 0043): the annotations picocli will read for this command line; the first time-zone lookup (H2
 * makes one for every session), whose service lookup opens every jar on the class path, 38,000 entries
 * in all; and the first message digest (H2 hashes the file password), which reads the security
 * providers. Whichever thread comes second finds the work done; nothing here changes what a command
 * does or prints.
 */
final class PlatformWarmUp {
    private PlatformWarmUp() {}

    static void start(String[] args) {
        Thread t = new Thread(() -> run(args), "caravan-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run(String[] args) {
        try {
            CaravanCli.readAnnotationsAhead(args);
            ZoneId.systemDefault().getRules();
            MessageDigest.getInstance("SHA-256");
        } catch (Exception | LinkageError e) {
            // only a head start: the thread that needs this does it again and reports its own failure
        }
    }
}
