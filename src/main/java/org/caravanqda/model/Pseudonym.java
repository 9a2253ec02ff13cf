package org.caravanqda.model;

import java.time.Instant;

/**
 * One line of a project's pseudonym list: a real name (a word or a few words, e.g. "Анна Петровна")
 * and what exports write instead. {@code kind} and {@code notes} are the researcher's own, optional.
 */
public record Pseudonym(long id, String realName, String pseudonym, String kind, String notes, Instant createdAt) {
    public Pseudonym {
        if (realName == null || realName.isBlank() || pseudonym == null || pseudonym.isBlank()) {
            throw new IllegalArgumentException("a pseudonym needs a real name and a pseudonym");
        }
    }

    public static Pseudonym of(String realName, String pseudonym) {
        return new Pseudonym(0, realName, pseudonym, null, null, Instant.now());
    }
}
