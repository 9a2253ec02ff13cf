package org.caravanqda.app.port;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A project backup: a zip holding the database file as H2 copied it while open, and a small
 * manifest naming the Caravan and schema versions that wrote it.
 */
public record BackupInfo(
        Path file, String caravanVersion, String schemaVersion, String projectName, Instant createdAt, long bytes) {}
