package org.caravanqda.app.refi;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.caravanqda.analysis.LanguageGuess;
import org.caravanqda.analysis.WordCount;
import org.caravanqda.app.codebook.CodebookImport;
import org.caravanqda.app.codebook.CodebookMerge;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.Span;

/** One import, inside its transaction: sources become documents, selections become codings. */
final class RefiImport {
    private final StoreSession s;
    private final RefiProject p;
    private final String file;
    private final RefiPeople people;
    private final RefiImportLog log = new RefiImportLog();
    private final Map<String, Long> codeIds = new HashMap<>();
    private final Map<String, Long> documentIds = new HashMap<>();
    /** Selection GUID -> ids of the codings made from it, so memos on a selection reach its codings. */
    private final Map<String, List<Long>> codingsBySelection = new HashMap<>();
    /** Selection GUID -> its document, for memos on selections that carry no coding. */
    private final Map<String, Long> selectionDocuments = new HashMap<>();

    private final Set<String> notesInCodingMemos = new HashSet<>();
    private int codings;

    private final RefiUnits units;

    RefiImport(StoreSession s, RefiProject p, String file, String importer, RefiUnits units) {
        this.s = s;
        this.units = units;
        this.p = p;
        this.file = file;
        this.people = new RefiPeople(s, p, importer);
    }

    RefiImportReport run() {
        Map<String, String> storedTexts = new HashMap<>(); // each stored document's REFI-QDA id -> its text's hash
        s.documents().all().forEach(d -> storedTexts.put(d.guid(), d.textHash()));
        refuseAnImportAlreadyMade(storedTexts);
        p.skipped().forEach(log::notImported);
        CodebookImport book = CodebookMerge.merge(s, p.codes());
        mapCodes(s.codes().codebook(), p.codes(), List.of());
        OffsetReading byOrigin = OffsetReading.forOrigin(p.origin());
        Set<String> names = new HashSet<>(s.documents().names());
        Set<String> guids = new HashSet<>(storedTexts.keySet());
        int docs = 0;
        for (RefiProject.Source src : p.sources()) {
            if (document(src, byOrigin, names, guids)) {
                docs++;
            }
        }
        RefiNotesAndCases rest = new RefiNotesAndCases(s, p, people, log, codeIds, documentIds);
        int memos = rest.memos(codingsBySelection, selectionDocuments, notesInCodingMemos);
        int[] cases = rest.casesAndValues();
        people.ensureAll();
        return new RefiImportReport(
                file,
                p.origin(),
                docs,
                book.added(),
                book.updated(),
                codings,
                people.added(),
                memos,
                cases[0],
                cases[1],
                log.warnings(),
                log.notImported());
    }

    /**
     * The same file imported a second time would add a copy of every document ("name (2)") with a copy of its
     * codings, and double every count. When every source of the file is a document of the project already, with
     * the same REFI-QDA id and the same text, the import is refused. A file that shares only some documents, or
     * whose texts were corrected since, imports as before, each copy named in a warning.
     */
    private void refuseAnImportAlreadyMade(Map<String, String> storedTexts) {
        List<RefiProject.Source> withText = p.sources().stream()
                .filter(src -> src.text() != null && !src.text().isBlank())
                .toList();
        boolean allThere = !withText.isEmpty()
                && withText.stream()
                        .allMatch(src -> src.guid() != null
                                && RefiText.sha256(storedForm(src.text())).equals(storedTexts.get(src.guid())));
        if (allThere) {
            throw new CaravanException(file + " is already in this project: its " + withText.size()
                    + (withText.size() == 1 ? " document is" : " documents are")
                    + " here with the same REFI-QDA ids and texts; nothing was imported");
        }
    }

    /** File code GUID -> store id, walking the merged tree by path (merging matches by path, not GUID). */
    private void mapCodes(Codebook book, List<CodeDraft> drafts, List<String> parent) {
        for (CodeDraft d : drafts) {
            List<String> path = new ArrayList<>(parent);
            path.add(d.name().strip());
            book.byPath(new CodePath(path)).ifPresent(c -> {
                if (d.guid() != null) {
                    codeIds.put(d.guid(), c.id());
                }
            });
            mapCodes(book, d.children(), path);
        }
    }

    private boolean document(RefiProject.Source src, OffsetReading byOrigin, Set<String> names, Set<String> guids) {
        String label = "source '" + src.name() + "'";
        if (src.text() == null || src.text().isBlank()) {
            // a missing text file is already listed by the reader; say what went with it
            if (src.text() != null
                    || !src.selections().isEmpty()
                    || !src.wholeCodings().isEmpty()) {
                log.notImported(label + ": no text" + (src.text() == null ? "" : " (the plain-text file is empty)")
                        + (src.selections().isEmpty()
                                ? ""
                                : "; its " + src.selections().size() + " selection(s)"));
            }
            return false;
        }
        OffsetChoice.Result reading = OffsetChoice.choose(src, byOrigin, p.origin());
        if (reading.warning() != null) {
            log.warn(reading.warning());
        }
        String raw = src.text();
        String text = storedForm(raw);
        String name = unique(
                src.name() == null || src.name().isBlank()
                        ? "source"
                        : src.name().strip(),
                names);
        if (!name.equals(src.name())) {
            log.warn(label + " imported as '" + name + "' (the name was empty or already taken)");
        }
        String guid = src.guid() != null && guids.add(src.guid())
                ? src.guid()
                : UUID.randomUUID().toString();
        String language = LanguageGuess.guess(text, s.project().language());
        long id = s.documents()
                .insert(
                        new Document(
                                0,
                                guid,
                                name,
                                language,
                                text,
                                RefiText.sha256(text),
                                WordCount.of(text),
                                Instant.now(),
                                file,
                                blankToNull(src.description())),
                        units.of(text));
        documentIds.put(src.guid(), id);
        for (RefiProject.Selection sel : src.selections()) {
            selectionDocuments.put(sel.guid(), id);
            Span span = span(sel, reading.table(), raw, text, label);
            if (span == null) {
                continue;
            }
            for (RefiProject.Coding c : sel.codings()) {
                coding(c, sel, src, id, span, label);
            }
        }
        for (RefiProject.Coding c : src.wholeCodings()) {
            coding(c, null, src, id, new Span(0, text.length()), label);
        }
        return true;
    }

    /** The selection's span in the stored text, or null (reported) when it cannot address it. */
    private Span span(RefiProject.Selection sel, int[] table, String raw, String text, String label) {
        String what = label + ", selection " + sel.guid() + " (" + sel.start() + ".." + sel.end() + ")";
        if (sel.start() < 0 || sel.end() < sel.start() || sel.end() >= table.length) {
            log.notImported(what + ": outside the text (" + (table.length - 1) + " positions)" + codingCount(sel));
            return null;
        }
        int a = RefiText.nfcIndex(raw, table[(int) sel.start()], text);
        int b = RefiText.nfcIndex(raw, table[(int) sel.end()], text);
        Span span = new Span(a, b);
        String problem = span.problemIn(text);
        if (problem != null) {
            log.notImported(what + ": " + problem + codingCount(sel));
            return null;
        }
        return span;
    }

    private static String codingCount(RefiProject.Selection sel) {
        return sel.codings().isEmpty() ? "" : "; its " + sel.codings().size() + " coding(s)";
    }

    private void coding(
            RefiProject.Coding c,
            RefiProject.Selection sel,
            RefiProject.Source src,
            long documentId,
            Span span,
            String label) {
        Long codeId = codeIds.get(c.codeGuid());
        if (codeId == null) {
            boolean isCase = p.cases().stream().anyMatch(k -> k.guid().equals(c.codeGuid()));
            log.notImported(label + ": coding " + c.guid()
                    + (isCase ? " marks case text (its CodeRef names case " : " refers to an unknown code (")
                    + c.codeGuid() + ")");
            return;
        }
        String coder = people.coder(c.creatingUser(), sel == null ? null : sel.creatingUser(), src.creatingUser());
        Instant at = c.created() != null
                ? c.created()
                : sel != null && sel.created() != null
                        ? sel.created()
                        : src.created() != null ? src.created() : Instant.now();
        long id = s.codings()
                .insert(new Coding(
                        0,
                        UUID.randomUUID().toString(),
                        documentId,
                        codeId,
                        coder,
                        span.start(),
                        span.end(),
                        at,
                        memo(c, sel)));
        codings++;
        if (sel != null) {
            codingsBySelection
                    .computeIfAbsent(sel.guid(), k -> new ArrayList<>())
                    .add(id);
        }
    }

    /**
     * The coding's memo: the notes its Coding element refers to, then the selection's Description
     * (ATLAS.ti writes quotation comments there, with no Note).
     */
    private String memo(RefiProject.Coding c, RefiProject.Selection sel) {
        List<String> parts = new ArrayList<>();
        for (String g : c.noteGuids()) {
            p.notes().stream().filter(n -> n.guid().equals(g)).findFirst().ifPresent(n -> {
                parts.add(n.text());
                notesInCodingMemos.add(g);
            });
        }
        if (sel != null && sel.description() != null && !sel.description().isBlank()) {
            parts.add(sel.description());
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** A source's text as it is stored: composed (NFC), as every import stores text. */
    private static String storedForm(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = wanted + " (" + n + ")";
        }
        return name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
