package org.caravanqda.app.refi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.pseudonym.Pseudonymized;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.MediaLink;
import org.caravanqda.model.Memo;
import org.caravanqda.model.Memo.MemoTarget;
import org.caravanqda.model.TextUnit;

/** Reads the store into a {@link RefiProject}, offsets converted to code points. */
final class RefiProjectBuilder {
    private final StoreSession s;
    private final boolean lfLineEnds;
    private final Pseudonymizer pseudonyms;
    private final RefiExportNotes notes;
    private final Map<String, String> userGuids = new HashMap<>();
    private int crlfDocuments;
    private int astralDocuments;
    private int codeCount;
    private RefiProject project;

    /** Where the project lies: recordings stored relative to it are exported with absolute paths. */
    private final java.nio.file.Path projectFolder;

    RefiProjectBuilder(StoreSession s, boolean lfLineEnds, Pseudonymizer pseudonyms, java.nio.file.Path projectFolder) {
        this.s = s;
        this.projectFolder =
                projectFolder == null ? null : projectFolder.toAbsolutePath().normalize();
        this.lfLineEnds = lfLineEnds;
        this.pseudonyms = pseudonyms;
        this.notes = new RefiExportNotes(pseudonyms);
    }

    RefiProjectBuilder build() {
        List<RefiProject.User> users = new ArrayList<>();
        s.coders().all().forEach(c -> users.add(new RefiProject.User(userGuid(c.name()), pseudonyms.apply(c.name()))));
        Codebook book = s.codes().codebook();
        codeCount = book.size();
        List<Memo> memos = s.memos().all();
        Map<String, List<String>> codeNotes = new HashMap<>();
        List<String> projectNotes = new ArrayList<>();
        for (Memo m : memos) {
            if (m.target() == MemoTarget.CODE) {
                book.byId(m.targetId())
                        .ifPresent(c -> codeNotes
                                .computeIfAbsent(c.guid(), k -> new ArrayList<>())
                                .add(notes.add(m.title(), m.text(), user(m.coder()), m.createdAt())));
            } else if (m.target() == MemoTarget.PROJECT) {
                projectNotes.add(notes.add(m.title(), m.text(), user(m.coder()), m.createdAt()));
            }
        }
        RefiExportValues values = new RefiExportValues(s, pseudonyms);
        Map<MemoTarget, Map<Long, List<Memo>>> byTarget = new HashMap<>();
        memos.forEach(m -> byTarget.computeIfAbsent(m.target(), k -> new HashMap<>())
                .computeIfAbsent(m.targetId(), k -> new ArrayList<>())
                .add(m));
        List<RefiProject.Source> sources = new ArrayList<>();
        List<RefiProject.Media> media = new ArrayList<>();
        Map<Long, MediaLink> links = new HashMap<>();
        s.media().all().forEach(l -> links.put(l.documentId(), l));
        for (Document d : s.documents().all()) {
            sources.add(source(d, book, byTarget, values));
            MediaLink link = links.get(d.id());
            if (link != null) {
                media.add(media(d, link));
            }
        }
        project = new RefiProject(
                pseudonyms.apply(s.project().name()),
                "Caravan " + CaravanVersion.get(),
                null,
                users,
                Pseudonymized.drafts(drafts(book, book.roots()), pseudonyms),
                codeNotes,
                values.variables(),
                values.cases(),
                sources,
                notes.all(),
                projectNotes,
                List.of(),
                media);
        return this;
    }

    /** The document's recording, its transcript synced at every unit with a start time. */
    private RefiProject.Media media(Document d, MediaLink link) {
        Pseudonymizer.Rewritten named = pseudonyms.rewrite(d.text());
        ExportText text = new ExportText(named.text(), lfLineEnds);
        List<RefiProject.SyncPoint> points = new ArrayList<>();
        for (TextUnit u : s.documents().units(d.id())) {
            if (u.startMs() != null) {
                int at = text.index(named.offsets().start(u.start()));
                points.add(new RefiProject.SyncPoint(
                        UUID.randomUUID().toString(), u.startMs(), text.text().codePointCount(0, at)));
            }
        }
        String path = mediaUrl(link.path());
        return new RefiProject.Media(
                UUID.randomUUID().toString(),
                pseudonyms.apply(d.name()),
                link.kind() == MediaLink.Kind.VIDEO,
                path == null || !pseudonyms.apply(path).equals(path) ? null : path,
                UUID.randomUUID().toString(),
                d.guid(),
                points,
                link.attachedAt());
    }

    /** The stored path as REFI-QDA's {@code absolute://} URL (a path in the project made absolute); null if unusable. */
    private String mediaUrl(String stored) {
        try {
            java.nio.file.Path p = java.nio.file.Path.of(stored);
            if (!p.isAbsolute()) {
                if (projectFolder == null) {
                    return null;
                }
                p = projectFolder.resolve(p).normalize();
                if (!p.startsWith(projectFolder)) {
                    return null;
                }
            }
            String slashed = p.toString().replace('\\', '/');
            return "absolute://" + (slashed.startsWith("/") ? "" : "/") + slashed;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private RefiProject.Source source(
            Document d, Codebook book, Map<MemoTarget, Map<Long, List<Memo>>> memos, RefiExportValues values) {
        // names replaced first: the archive's offsets are taken on the pseudonymized text
        Pseudonymizer.Rewritten named = pseudonyms.rewrite(d.text());
        ExportText text = new ExportText(named.text(), lfLineEnds);
        if (text.hasCrlf()) {
            crlfDocuments++;
        }
        if (text.text().codePointCount(0, text.text().length()) != text.text().length()) {
            astralDocuments++;
        }
        List<RefiProject.Selection> selections = new ArrayList<>();
        for (Coding c : s.codings().find(new CodingFilter(d.id(), null, null))) {
            Code code = book.byId(c.codeId()).orElseThrow();
            List<String> codingNotes =
                    c.memo() == null ? List.of() : List.of(notes.add("memo", c.memo(), user(c.coder()), c.createdAt()));
            List<String> selectionNotes = notes(memos, MemoTarget.CODING, c.id());
            int a = text.index(named.offsets().start(c.start()));
            int b = text.index(named.offsets().end(c.end()));
            String quoted = text.text().substring(a, b);
            selections.add(new RefiProject.Selection(
                    UUID.randomUUID().toString(),
                    excerpt(quoted),
                    text.text().codePointCount(0, a),
                    text.text().codePointCount(0, b),
                    user(c.coder()),
                    c.createdAt(),
                    null,
                    List.of(new RefiProject.Coding(c.guid(), code.guid(), user(c.coder()), c.createdAt(), codingNotes)),
                    selectionNotes));
        }
        List<String> docNotes = notes(memos, MemoTarget.DOCUMENT, d.id());
        return new RefiProject.Source(
                d.guid(),
                pseudonyms.apply(d.name()),
                text.text(),
                pseudonyms.apply(d.memo()),
                null,
                d.importedAt(),
                selections,
                List.of(),
                docNotes,
                values.forDocument(d.id()));
    }

    private List<String> notes(Map<MemoTarget, Map<Long, List<Memo>>> memos, MemoTarget target, long id) {
        return memos.getOrDefault(target, Map.of()).getOrDefault(id, List.of()).stream()
                .map(m -> notes.add(m.title(), m.text(), user(m.coder()), m.createdAt()))
                .toList();
    }

    /** The quoted text as the selection's name, as ATLAS.ti does: readers can check offsets with it. */
    private static String excerpt(String quoted) {
        String oneLine = quoted.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= 60
                ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 60)) + "…";
    }

    private String user(String coder) {
        return coder == null ? null : userGuid(coder);
    }

    /**
     * Stable per coder name, so two exports of one project name the same users alike; made from
     * the name as written, so that a pseudonymized coder's GUID cannot be checked against guesses
     * of the real name.
     */
    private String userGuid(String name) {
        return userGuids.computeIfAbsent(
                name,
                n -> UUID.nameUUIDFromBytes(("caravan-coder:" + pseudonyms.apply(n)).getBytes(StandardCharsets.UTF_8))
                        .toString());
    }

    private static List<CodeDraft> drafts(Codebook book, List<Code> codes) {
        return codes.stream()
                .map(c -> new CodeDraft(
                        c.guid(),
                        c.name(),
                        c.color(),
                        c.definition(),
                        c.inclusion(),
                        c.exclusion(),
                        c.example(),
                        c.codable(),
                        drafts(book, book.childrenOf(c))))
                .toList();
    }

    RefiProject project() {
        return project;
    }

    int crlfDocuments() {
        return crlfDocuments;
    }

    int astralDocuments() {
        return astralDocuments;
    }

    int codeCount() {
        return codeCount;
    }
}
