package org.caravanqda.app.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.caravanqda.app.port.ChangeFeed;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Follows a project's change log from a cursor, as a window does to show what other coders do
 * (issue #20, ADR 0031). Each {@link #next} reads the entries after the cursor ({@link
 * org.caravanqda.app.port.ChangeLog#after}: on a server project up to the transaction horizon, so
 * none is skipped), moves the cursor past them and keeps those of other coders. It starts at the
 * log's end: what was there when the window opened it has read already.
 */
public final class ChangeFollower {
    /** At most this many coders are named in one line; the rest are counted. */
    private static final int NAMED_CODERS = 2;

    private final ProjectStore store;
    private long cursor;

    public ChangeFollower(ProjectStore store) {
        this.store = store;
        this.cursor = store.read(s -> s.changeLog().generation());
    }

    /** The cursor: the generation up to which this follower has read. */
    public synchronized long cursor() {
        return cursor;
    }

    /**
     * The entries written since the last call by coders for whom {@code own} is false (this
     * window's own entries need no refresh), with their documents and one line saying what they did.
     */
    public synchronized OthersWork next(Predicate<String> own) {
        return store.read(s -> {
            ChangeFeed.Page page = s.changeLog().after(cursor);
            List<ChangeEntry> theirs = page.entries().stream()
                    .filter(e -> e.coder() == null || !own.test(e.coder()))
                    .toList();
            OthersWork work = theirs.isEmpty() ? OthersWork.NONE : describe(s, theirs);
            cursor = page.cursor();
            return work;
        });
    }

    private static OthersWork describe(StoreSession s, List<ChangeEntry> entries) {
        Set<Long> documents = new HashSet<>();
        Map<String, List<ChangeEntry>> byCoder = new LinkedHashMap<>();
        for (ChangeEntry e : entries) {
            documents.addAll(documentsOf(e));
            byCoder.computeIfAbsent(e.coder() == null ? "Someone" : e.coder(), c -> new ArrayList<>())
                    .add(e);
        }
        Map<Long, String> names = new LinkedHashMap<>();
        if (!documents.isEmpty()) {
            for (DocumentSummary d : s.documents().summaries()) {
                names.put(d.id(), d.name());
            }
        }
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<String, List<ChangeEntry>> c : byCoder.entrySet()) {
            if (clauses.size() == NAMED_CODERS) {
                int more = byCoder.size() - NAMED_CODERS;
                clauses.add(more == 1 ? "1 other coder made changes" : more + " other coders made changes");
                break;
            }
            clauses.add(c.getKey() + " " + clause(c.getValue(), names));
        }
        return new OthersWork(entries, documents, String.join("; ", clauses));
    }

    /** "coded 2 passages in Interview 3", "renamed or edited 1 code, removed 1 coding in 2 documents". */
    private static String clause(List<ChangeEntry> entries, Map<Long, String> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<Long> codingDocuments = new HashSet<>();
        for (ChangeEntry e : entries) {
            String[] words = words(e.action());
            counts.merge(words[0] + "\0" + words[1] + "\0" + words[2], 1, Integer::sum);
            if (words[3] != null) {
                codingDocuments.addAll(documentsOf(e));
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] w = k.split("\0", -1);
            parts.add(String.format(Locale.ROOT, "%s %d %s", w[0], n, n == 1 ? w[1] : w[2]));
        });
        String what = String.join(", ", parts);
        if (codingDocuments.size() == 1) {
            String name = names.get(codingDocuments.iterator().next());
            return name == null ? what : what + " in " + name;
        }
        return codingDocuments.isEmpty() ? what : what + " in " + codingDocuments.size() + " documents";
    }

    /** Verb, singular, plural, and whether the entry is about codings in documents ("" when so, else null). */
    private static String[] words(ChangeAction a) {
        return switch (a) {
            case CODING_ADD, CODING_ADD_BULK, ORPHAN_ATTACH -> new String[] {"coded", "passage", "passages", ""};
            case CODING_REMOVE, ORPHAN_REMOVE -> new String[] {"removed", "coding", "codings", ""};
            case CODING_MEMO -> new String[] {"wrote memos on", "coding", "codings", ""};
            case CODE_ADD -> new String[] {"added", "code", "codes", null};
            case CODE_EDIT -> new String[] {"edited", "code", "codes", null};
            case CODE_MOVE -> new String[] {"moved", "code", "codes", null};
            case CODE_MERGE -> new String[] {"merged", "code", "codes", null};
            case CODE_DELETE -> new String[] {"deleted", "code", "codes", null};
            case CODEBOOK_IMPORT -> new String[] {"imported", "codebook", "codebooks", null};
            case MEMO_ADD -> new String[] {"wrote", "memo", "memos", null};
            case MEMO_EDIT -> new String[] {"edited", "memo", "memos", null};
            case MEMO_REMOVE -> new String[] {"removed", "memo", "memos", null};
            case DOCUMENT_IMPORT, REFI_IMPORT -> new String[] {"imported", "document", "documents", null};
            case DOCUMENT_RENAME -> new String[] {"renamed", "document", "documents", null};
            case DOCUMENT_DELETE -> new String[] {"removed", "document", "documents", null};
            case DOCUMENT_REPLACE -> new String[] {"corrected", "transcript", "transcripts", null};
            case ATTRIBUTES_IMPORT, ATTRIBUTE_DEFINE, ATTRIBUTE_SET ->
                new String[] {"changed", "attribute", "attributes", null};
            case CASE_EDIT, CASES_IMPORT -> new String[] {"changed", "case", "cases", null};
            case PSEUDONYM_IMPORT, PSEUDONYM_ADD, PSEUDONYM_UPDATE, PSEUDONYM_REMOVE, PSEUDONYM_CLEAR ->
                new String[] {"changed", "pseudonym", "pseudonyms", null};
            case MEDIA_ATTACH, MEDIA_DETACH -> new String[] {"changed", "recording", "recordings", null};
            case UNKNOWN -> new String[] {"made", "change", "changes", null};
        };
    }

    /** The documents an entry names ("document" or "documents" in its payload). */
    static Set<Long> documentsOf(ChangeEntry e) {
        Set<Long> ids = new HashSet<>();
        JsonNode p;
        try {
            p = e.payload() == null ? null : Payloads.JSON.readTree(e.payload());
        } catch (JacksonException ex) {
            return ids;
        }
        if (p == null || !p.isObject()) {
            return ids;
        }
        JsonNode doc = p.get("document");
        if (doc != null && doc.canConvertToLong()) {
            ids.add(doc.asLong());
        }
        JsonNode docs = p.get("documents");
        if (docs != null && docs.isArray()) {
            docs.forEach(d -> ids.add(d.asLong()));
        }
        return ids;
    }

    /**
     * The mapper, made when another coder's entry is first read: building it loads about 500
     * classes (0.3-0.5 s), which the window paid on its job thread ahead of its first read each time
     * it opened a project, although a folder project never has another writer.
     */
    private static final class Payloads {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
