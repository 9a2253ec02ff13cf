package org.caravanqda.app.refi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caravanqda.app.pseudonym.Pseudonymizer;

/** Collects the Notes of an export; each memo becomes one Note with a fresh GUID. */
final class RefiExportNotes {
    private final List<RefiProject.Note> notes = new ArrayList<>();
    private final Pseudonymizer pseudonyms;

    RefiExportNotes(Pseudonymizer pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** Adds a note (pseudonyms applied) and returns its GUID for the NoteRef. */
    String add(String title, String text, String userGuid, Instant created) {
        String guid = UUID.randomUUID().toString();
        notes.add(new RefiProject.Note(
                guid,
                title == null || title.isBlank() ? "memo" : pseudonyms.apply(title),
                pseudonyms.apply(text),
                userGuid,
                created));
        return guid;
    }

    List<RefiProject.Note> all() {
        return notes;
    }
}
