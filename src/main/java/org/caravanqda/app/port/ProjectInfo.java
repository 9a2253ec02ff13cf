package org.caravanqda.app.port;

import java.time.Instant;

/** Project-level settings stored in the database. */
public record ProjectInfo(String name, String language, Instant createdAt, String createdBy) {}
