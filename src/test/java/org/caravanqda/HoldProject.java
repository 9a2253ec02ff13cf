package org.caravanqda;

import java.nio.file.Path;
import org.caravanqda.app.Project;

/**
 * A GUI-like holder for TwoProcessIT, run in its own JVM: opens a project, says so on stdout,
 * keeps it open until its stdin closes (or it is killed), then closes it.
 */
public final class HoldProject {
    private HoldProject() {}

    public static void main(String[] args) throws Exception {
        try (Project p = Main.application().open(Path.of(args[0]))) {
            System.out.println("holding " + p.documents().stats().documents() + " documents");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
