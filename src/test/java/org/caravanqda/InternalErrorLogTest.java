package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.common.LogFolder;
import org.caravanqda.cli.CaravanCli;
import org.junit.jupiter.api.Test;

/** A bug reaches the user as one line and the log as classes and frames, never with the words of a transcript. */
class InternalErrorLogTest {
    @Test
    void aBugIsOneLineOnStderrAndARedactedEntryInTheLog() throws Exception {
        String marker = "Алексей из Бишкека " + UUID.randomUUID();
        Caravan app = TestApp.withDesktop(dir -> {
            throw new IllegalStateException(marker, new java.io.IOException(marker));
        });
        StringWriter err = new StringWriter();
        int exit = new CaravanCli(app, new PrintWriter(new StringWriter()), new PrintWriter(err)).run("gui");

        assertThat(exit).isEqualTo(CaravanCli.INTERNAL_ERROR);
        assertThat(err.toString().strip())
                .doesNotContain("\n")
                .doesNotContain(marker)
                .doesNotContain("\tat ")
                .startsWith("caravan: internal error (IllegalStateException)")
                .contains("caravan.log");
        Path log = LogFolder.path().resolve("caravan.log");
        assertThat(log).exists();
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logged)
                .contains("java.lang.IllegalStateException (message of " + marker.length() + " characters withheld)")
                .contains("java.io.IOException")
                .contains("at org.caravanqda.")
                .doesNotContain(marker)
                .doesNotContain("Бишкек");
    }
}
