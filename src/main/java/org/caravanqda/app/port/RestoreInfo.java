package org.caravanqda.app.port;

import java.nio.file.Path;

/** A restored project: where it is, what the backup said, and where a replaced project was moved. */
public record RestoreInfo(Path dir, BackupInfo backup, Path movedAside) {}
