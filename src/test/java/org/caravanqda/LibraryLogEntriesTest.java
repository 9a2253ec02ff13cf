package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.caravanqda.app.common.LogFolder;
import org.caravanqda.app.common.Redacted;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A library's log message can name the file it was reading, and a file can be named after the person interviewed:
 * caravan.log keeps where the message came from and withholds what it said.
 */
class LibraryLogEntriesTest {
    private static final Path LOG = LogFolder.path().resolve("caravan.log");

    @Test
    void poisWarningThroughLog4jKeepsItsLoggerAndWithholdsTheFileName() throws IOException {
        String name = "Интервью_Жанар_" + UUID.randomUUID() + ".docx";
        String message = "Error in zip file /home/researcher/interviews/" + name;
        // POI logs through the Log4j API, routed to SLF4J and Logback (log4j-to-slf4j)
        LogManager.getLogger("org.apache.poi.openxml4j.opc.ZipPackage").warn(message, new IOException(name));

        String logged = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(logged)
                .doesNotContain(name)
                .contains("WARN")
                .contains("ZipPackage - (message of " + message.length() + " characters withheld)")
                .contains("java.io.IOException (message of " + name.length() + " characters withheld)");
    }

    @Test
    void aLibrarysFailureIsWrittenAsClassesAndFrames() throws IOException {
        String value = "Айгерим " + UUID.randomUUID();
        LoggerFactory.getLogger("org.h2.engine.Database")
                .error("{}", "failed at " + value, new IllegalStateException("SQL value '" + value + "'"));

        String logged = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(logged)
                .doesNotContain(value)
                .contains("ERROR")
                .contains("java.lang.IllegalStateException (message of")
                .contains("at org.caravanqda.LibraryLogEntriesTest");
    }

    @Test
    void caravansOwnEntriesAreWrittenAsTheyAre() throws IOException {
        String mark = "index rebuilt after a fault " + UUID.randomUUID();
        LoggerFactory.getLogger(LibraryLogEntriesTest.class)
                .warn(mark, Redacted.of(new IllegalStateException("unused")));

        assertThat(Files.readString(LOG, StandardCharsets.UTF_8))
                .contains(mark)
                .contains("java.lang.IllegalStateException (message of 6 characters withheld)");
    }
}
