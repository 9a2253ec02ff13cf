package org.caravanqda;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real test data in ../shared beside the checkout; tests skip with a message where it is absent.
 * The system property {@code caravan.shared} names another folder (.ci/run points it at a missing one
 * to prove that the suite passes without the data).
 */
public final class SharedData {
    private SharedData() {}

    /** Where the data would be, without checking that it is there. */
    public static Path root() {
        return Path.of(System.getProperty("caravan.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
    }

    public static Path dir() {
        Path p = root();
        Assumptions.assumeTrue(Files.isDirectory(p), p + " is absent: skipping a test on real data");
        return p;
    }

    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "../shared/" + relative + " is absent: skipping");
        return p;
    }
}
