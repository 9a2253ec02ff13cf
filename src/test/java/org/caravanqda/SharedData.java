package org.caravanqda;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real test data in ../shared beside the checkout; tests skip with a message where it is absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p), "../shared is absent: skipping a test on real data");
        return p;
    }

    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "../shared/" + relative + " is absent: skipping");
        return p;
    }
}
