package org.caravanqda;

import java.nio.file.Path;
import org.caravanqda.app.Project;

/**
 * A GUI-like holder for TwoProcessIT, run in its own JVM: opens a project, says so on stdout,
 * keeps it open until its stdin closes (or it is killed), then closes it. With {@code --serve} it
 * also serves other processes' commands as the window does (ADR 0019).
 */
public final class HoldProject {
    private HoldProject() {}

    public static void main(String[] args) throws Exception {
        try (Project p = Main.application().open(Path.of(args[0]))) {
            if (args.length > 1 && args[1].equals("--serve")) {
                p.serveCommandsBeside();
            }
            System.out.println("holding " + p.documents().stats().documents() + " documents");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
