package org.caravanqda.app.refi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Collects the Notes of an export; each memo becomes one Note with a fresh GUID. */
final class RefiExportNotes {
    private final List<RefiProject.Note> notes = new ArrayList<>();

    /** Adds a note and returns its GUID for the NoteRef. */
    String add(String title, String text, String userGuid, Instant created) {
        String guid = UUID.randomUUID().toString();
        notes.add(new RefiProject.Note(guid, title == null || title.isBlank() ? "memo" : title, text, userGuid, created));
        return guid;
    }

    List<RefiProject.Note> all() {
        return notes;
    }
}
