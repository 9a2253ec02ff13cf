package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.Pseudonym;

/** The project's pseudonym list (real name -> pseudonym). */
public interface PseudonymRepository {
    /** All entries by real name. */
    List<Pseudonym> all();

    Optional<Pseudonym> byRealName(String realName);

    /** Inserts the entry (id ignored); returns the new id. */
    long insert(Pseudonym p);

    /** Replaces the real name, pseudonym, kind and notes of entry {@code p.id()}. */
    void update(Pseudonym p);

    void delete(long id);

    /** Deletes every entry; returns how many there were. */
    int clear();

    long count();
}
