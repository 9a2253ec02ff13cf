package org.caravanqda.model;

import java.util.List;

/** A case (usually one participant) grouping documents; REFI-QDA's Case. */
public record ParticipantCase(long id, String guid, String name, String description, List<Long> documentIds) {}
