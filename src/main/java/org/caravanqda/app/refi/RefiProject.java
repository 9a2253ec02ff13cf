package org.caravanqda.app.refi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caravanqda.model.CodeDraft;

/**
 * A REFI-QDA project as the exchange file holds it, between the .qdpx adapter and the use cases.
 * Offsets are kept exactly as written in the file (their unit depends on the writer; see
 * {@link OffsetReading}); texts are the decoded .txt files with the BOM dropped and CR kept.
 * GUIDs are lower case without braces. {@code skipped} lists what the reader could not carry.
 */
public record RefiProject(
        String name,
        String origin,
        String creatingUser,
        List<User> users,
        List<CodeDraft> codes,
        Map<String, List<String>> codeNotes,
        List<Variable> variables,
        List<Case> cases,
        List<Source> sources,
        List<Note> notes,
        List<String> projectNotes,
        List<String> skipped,
        List<Media> media) {
    /** A project without recordings (what the reader makes: Caravan imports text). */
    public RefiProject(
            String name,
            String origin,
            String creatingUser,
            List<User> users,
            List<CodeDraft> codes,
            Map<String, List<String>> codeNotes,
            List<Variable> variables,
            List<Case> cases,
            List<Source> sources,
            List<Note> notes,
            List<String> projectNotes,
            List<String> skipped) {
        this(
                name,
                origin,
                creatingUser,
                users,
                codes,
                codeNotes,
                variables,
                cases,
                sources,
                notes,
                projectNotes,
                skipped,
                List.of());
    }

    public RefiProject {
        users = List.copyOf(users);
        codes = List.copyOf(codes);
        codeNotes = Map.copyOf(codeNotes);
        variables = List.copyOf(variables);
        cases = List.copyOf(cases);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        projectNotes = List.copyOf(projectNotes);
        skipped = List.copyOf(skipped);
        media = List.copyOf(media);
    }

    public record User(String guid, String name) {}

    /** {@code type} is the REFI typeOfVariable: Text, Boolean, Integer, Float, Date or DateTime. */
    public record Variable(String guid, String name, String type) {}

    /** {@code value} is the element's text as written (parsed by the importer with the variable's type). */
    public record Value(String variableGuid, String value) {}

    /** A case; MAXQDA writes one without a name to carry a document's variables. */
    public record Case(String guid, String name, String description, List<String> sourceGuids, List<Value> values) {}

    /** A text source (or the text of a PDF or transcript). */
    public record Source(
            String guid,
            String name,
            String text,
            String description,
            String creatingUser,
            Instant created,
            List<Selection> selections,
            List<Coding> wholeCodings,
            List<String> noteGuids,
            List<Value> values) {}

    /** {@code start} and {@code end} are the file's numbers, end exclusive, in the writer's unit. */
    public record Selection(
            String guid,
            String name,
            long start,
            long end,
            String creatingUser,
            Instant created,
            String description,
            List<Coding> codings,
            List<String> noteGuids) {}

    public record Coding(String guid, String codeGuid, String creatingUser, Instant created, List<String> noteGuids) {}

    /** A memo: REFI-QDA's Note is a text source of its own. */
    public record Note(String guid, String name, String text, String creatingUser, Instant created) {}

    /**
     * A document's recording as an AudioSource or VideoSource (issue #21): {@code path} is an
     * {@code absolute://} URL (null when it would name a participant the pseudonym list replaces);
     * its Transcript is the text of source {@code textSourceGuid} (the same internal file), synced
     * to the recording at the units' start times.
     */
    public record Media(
            String guid,
            String name,
            boolean video,
            String path,
            String transcriptGuid,
            String textSourceGuid,
            List<SyncPoint> syncPoints,
            Instant created) {}

    /** {@code position} in code points of the transcript's text, {@code timeMs} in the recording. */
    public record SyncPoint(String guid, long timeMs, long position) {}
}
