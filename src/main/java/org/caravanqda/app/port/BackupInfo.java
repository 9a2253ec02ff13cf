package org.caravanqda.app.port;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A project backup: a zip holding the project's data (one JSON-lines member per table, ADR 0017)
 * and a small manifest naming the Caravan and schema versions that wrote it.
 */
public record BackupInfo(
        Path file, String caravanVersion, String schemaVersion, String projectName, Instant createdAt, long bytes) {}
