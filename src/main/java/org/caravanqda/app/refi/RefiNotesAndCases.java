package org.caravanqda.app.refi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Memo;
import org.caravanqda.model.Memo.MemoTarget;
import org.caravanqda.model.ParticipantCase;

/**
 * Memos and cases of an import. Notes arrive by NoteRef (from the project, a source, a code, a
 * selection) or by a Link from the note to a selection (NVivo annotations; the reader turns those
 * into NoteRefs); a note nothing refers to becomes a project memo rather than being lost.
 */
final class RefiNotesAndCases {
    private final StoreSession s;
    private final RefiProject p;
    private final RefiPeople people;
    private final RefiImportLog log;
    private final Map<String, Long> codeIds;
    private final Map<String, Long> documentIds;
    private final Set<String> placed = new HashSet<>();
    /** Notes of the file that arrived (as memos, or in a coding's memo text): each counted once. */
    private final Set<String> arrived = new HashSet<>();
    /** Selection descriptions (MAXQDA comments) that became memos. */
    private int comments;

    RefiNotesAndCases(
            StoreSession s,
            RefiProject p,
            RefiPeople people,
            RefiImportLog log,
            Map<String, Long> codeIds,
            Map<String, Long> documentIds) {
        this.s = s;
        this.p = p;
        this.people = people;
        this.log = log;
        this.codeIds = codeIds;
        this.documentIds = documentIds;
    }

    int memos(
            Map<String, List<Long>> codingsBySelection,
            Map<String, Long> selectionDocuments,
            Set<String> inCodingMemos) {
        placed.addAll(inCodingMemos);
        arrived.addAll(inCodingMemos);
        p.projectNotes().forEach(g -> memo(g, MemoTarget.PROJECT, 0L, "project"));
        p.codeNotes()
                .forEach((code, notes) ->
                        notes.forEach(g -> memo(g, MemoTarget.CODE, codeIds.get(code), "code " + code)));
        for (RefiProject.Source src : p.sources()) {
            Long doc = documentIds.get(src.guid());
            src.noteGuids().forEach(g -> memo(g, MemoTarget.DOCUMENT, doc, "source '" + src.name() + "'"));
            for (RefiProject.Selection sel : src.selections()) {
                List<Long> codings = codingsBySelection.getOrDefault(sel.guid(), List.of());
                Long selDoc = selectionDocuments.get(sel.guid());
                for (String g : sel.noteGuids()) {
                    if (codings.isEmpty()) {
                        memo(g, MemoTarget.DOCUMENT, selDoc, "selection " + sel.guid()); // an annotation, not an error
                    } else {
                        codings.forEach(id -> memo(g, MemoTarget.CODING, id, "selection " + sel.guid()));
                    }
                }
                if (codings.isEmpty()
                        && sel.description() != null
                        && !sel.description().isBlank()
                        && selDoc != null) {
                    // MAXQDA comments: a selection with a Description and no Coding
                    insert(
                            MemoTarget.DOCUMENT,
                            selDoc,
                            "comment at " + sel.start() + ".." + sel.end(),
                            sel.description(),
                            people.memoAuthor(sel.creatingUser()),
                            sel.created());
                    comments++;
                }
            }
        }
        for (RefiProject.Note n : p.notes()) {
            if (!placed.contains(n.guid())) {
                memo(n.guid(), MemoTarget.PROJECT, 0L, "project");
            }
        }
        // one note on a selection coded with three codes is one memo of the file, not three
        return arrived.size() + comments;
    }

    private void memo(String noteGuid, MemoTarget target, Long targetId, String where) {
        RefiProject.Note n = p.notes().stream()
                .filter(x -> x.guid().equals(noteGuid))
                .findFirst()
                .orElse(null);
        if (n == null) {
            log.notImported("note " + noteGuid + " on " + where + ": no such note in the file");
            return;
        }
        placed.add(noteGuid);
        if (targetId == null) {
            log.notImported("note '" + n.name() + "' on " + where + ": its target was not imported");
            return;
        }
        if (n.text() == null || n.text().isBlank()) {
            log.notImported("note '" + n.name() + "' on " + where + ": it has no text");
            return;
        }
        insert(target, targetId, n.name(), n.text(), people.memoAuthor(n.creatingUser()), n.created());
        arrived.add(noteGuid);
    }

    private void insert(MemoTarget target, long targetId, String title, String text, String coder, Instant at) {
        s.memos().insert(new Memo(0, target, targetId, title, text, coder, at == null ? Instant.now() : at));
    }

    /** Cases and variable values; returns {cases, values}. */
    int[] casesAndValues() {
        RefiVariables values = new RefiVariables(s, p, log);
        int cases = 0;
        for (RefiProject.Source src : p.sources()) {
            Long doc = documentIds.get(src.guid());
            values.setForDocument(doc, src.values(), "source '" + src.name() + "'");
        }
        Set<String> names = new HashSet<>(
                s.cases().all().stream().map(ParticipantCase::name).toList());
        Set<String> guids = new HashSet<>(
                s.cases().all().stream().map(ParticipantCase::guid).toList());
        for (RefiProject.Case c : p.cases()) {
            List<Long> docs = new ArrayList<>();
            c.sourceGuids().stream()
                    .map(documentIds::get)
                    .filter(d -> d != null)
                    .forEach(docs::add);
            if (c.name() == null || c.name().isBlank()) {
                // MAXQDA and Quirkos: an unnamed case carries the variables of its documents
                docs.forEach(d -> values.setForDocument(d, c.values(), "case " + c.guid()));
                continue;
            }
            String name = c.name().strip();
            for (int n = 2; names.contains(name); n++) {
                name = c.name().strip() + " (" + n + ")";
            }
            names.add(name);
            String guid = c.guid() != null && guids.add(c.guid())
                    ? c.guid()
                    : UUID.randomUUID().toString();
            long id = s.cases().insert(new ParticipantCase(0, guid, name, c.description(), docs));
            values.setForCase(id, c.values(), "case '" + name + "'");
            cases++;
        }
        return new int[] {cases, values.count()};
    }
}
