package org.caravanqda.model;

import java.time.Instant;

/** One line of the audit trail: who did what, when; {@code payload} is JSON. */
public record ChangeEntry(long sequence, Instant at, String coder, ChangeAction action, String payload) {}
