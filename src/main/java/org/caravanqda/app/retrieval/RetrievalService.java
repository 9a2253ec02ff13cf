package org.caravanqda.app.retrieval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caravanqda.analysis.ContextWords;
import org.caravanqda.analysis.UnitIndex;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.tables.CodedDocuments;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coder;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;

/**
 * The coded segments of one or several codes, as NVivo's and MAXQDA's retrieval list them: every
 * coding of any of the codes (ANY), or the passages where codings of all of them overlap (ALL),
 * with document, speaker, coder, date, memo, code and the text with a few words of context.
 * Filtered by coders, documents, attribute values and a search query ({@link RetrievalRequest}).
 * One read transaction; only the documents that hold a selected coding are read.
 */
public final class RetrievalService {
    /** Context words on each side when the caller does not say. */
    public static final int DEFAULT_CONTEXT_WORDS = 8;

    public static final int MAX_CONTEXT_WORDS = 200;

    private final ProjectStore store;

    public RetrievalService(ProjectStore store) {
        this.store = store;
    }

    public Retrieval retrieve(RetrievalRequest request) {
        return retrieve(request, DEFAULT_CONTEXT_WORDS);
    }

    public Retrieval retrieve(RetrievalRequest request, int contextWords) {
        if (contextWords < 0 || contextWords > MAX_CONTEXT_WORDS) {
            throw new CaravanException("context words must be between 0 and " + MAX_CONTEXT_WORDS);
        }
        if (request.codePaths().isEmpty()) {
            throw new CaravanException("choose at least one code to retrieve its segments");
        }
        return store.read(s -> new Run(s, request, contextWords).rows());
    }

    /** What the filters can choose from: coders, documents, and each attribute's values as text. */
    public record Choices(List<String> coders, List<String> documents, Map<String, List<String>> attributes) {}

    public Choices choices() {
        return store.read(s -> {
            Map<String, Set<String>> values = new TreeMap<>();
            s.attributes().definitions().keySet().forEach(n -> values.put(n, new TreeSet<>()));
            s.attributes().byDocument().values().stream()
                    .flatMap(List::stream)
                    .filter(v -> v.value() != null)
                    .forEach(v -> values.computeIfAbsent(v.attribute(), k -> new TreeSet<>())
                            .add(text(v.value())));
            Map<String, List<String>> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return new Choices(
                    s.coders().all().stream().map(Coder::name).sorted().toList(),
                    s.documents().names().stream().sorted().toList(),
                    out);
        });
    }

    /** An attribute value as the filter compares it: whole numbers without ".0", dates ISO, yes/no as true/false. */
    public static String text(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** One retrieval inside its transaction. */
    private static final class Run {
        private final StoreSession s;
        private final RetrievalRequest request;
        private final int contextWords;
        private final Codebook book;
        /** Per requested code: the code ids that count for it (itself, and its sub-codes when asked). */
        private final List<Set<Long>> codeSets = new ArrayList<>();

        Run(StoreSession s, RetrievalRequest request, int contextWords) {
            this.s = s;
            this.request = request;
            this.contextWords = contextWords;
            this.book = s.codes().codebook();
            for (String path : request.codePaths()) {
                Code code = CodeLookup.find(book, path);
                Set<Long> ids = new HashSet<>();
                if (request.withSubcodes()) {
                    book.subtree(code).forEach(c -> ids.add(c.id()));
                } else {
                    ids.add(code.id());
                }
                codeSets.add(ids);
            }
        }

        Retrieval rows() {
            Set<Long> documents = new HashSet<>(CodedDocuments.resolve(s, request.selection()));
            documents.retainAll(withAttributes());
            Set<Long> allCodes = new HashSet<>();
            codeSets.forEach(allCodes::addAll);
            var selection = request.selection();
            String oneCoder = selection.coders().size() == 1
                    ? selection.coders().iterator().next()
                    : null;
            Map<Long, List<Coding>> byDocument = new HashMap<>();
            for (Coding c : s.codings().find(new CodingFilter(null, allCodes, oneCoder))) {
                if (documents.contains(c.documentId())
                        && (selection.coders().isEmpty() || selection.coders().contains(c.coder()))
                        && selection.segments().test(c)) {
                    byDocument
                            .computeIfAbsent(c.documentId(), k -> new ArrayList<>())
                            .add(c);
                }
            }
            // a single coding's row carries the version it was read at, so the window's edit of it can be
            // refused when another coder changed it meanwhile (issue #20)
            versions = s.versions()
                    .current(
                            org.caravanqda.app.port.Versions.Versioned.CODING,
                            byDocument.values().stream()
                                    .flatMap(List::stream)
                                    .map(Coding::id)
                                    .toList());
            List<RetrievedSegment> out = new ArrayList<>();
            int used = 0;
            for (var entry : byDocument.entrySet()) {
                Document d = s.documents().byId(entry.getKey()).orElseThrow();
                List<Coding> codings = entry.getValue();
                codings.sort(Comparator.comparingInt(Coding::start)
                        .thenComparingInt(Coding::end)
                        .thenComparingLong(Coding::id));
                int before = out.size();
                UnitIndex units = new UnitIndex(s.documents().units(d.id()));
                if (request.combine() == RetrievalRequest.Combine.ALL && codeSets.size() > 1) {
                    overlaps(d, units, codings, out);
                } else if (request.combine() == RetrievalRequest.Combine.SAME_UNIT && codeSets.size() > 1) {
                    for (Coding c : inUnitsWithEveryCode(units, codings)) {
                        out.add(row(d, units, c.id(), List.of(c), c.start(), c.end()));
                    }
                } else {
                    for (Coding c : codings) {
                        out.add(row(d, units, c.id(), List.of(c), c.start(), c.end()));
                    }
                }
                used += out.size() > before ? 1 : 0;
            }
            out.sort(Comparator.comparing(RetrievedSegment::document)
                    .thenComparingInt(RetrievedSegment::start)
                    .thenComparingInt(RetrievedSegment::end)
                    .thenComparing(RetrievedSegment::codePath)
                    .thenComparingLong(RetrievedSegment::codingId));
            return new Retrieval(request, out, used);
        }

        /**
         * The codings lying in (overlapping) a turn or paragraph where every requested code has a
         * coding, each once, in document order: the co-occurrence table's unit rule.
         */
        private List<Coding> inUnitsWithEveryCode(UnitIndex units, List<Coding> codings) {
            List<List<Coding>> inUnit = new ArrayList<>();
            List<java.util.BitSet> present = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                inUnit.add(new ArrayList<>());
                present.add(new java.util.BitSet());
            }
            for (Coding c : codings) {
                int[] range = units.overlapping(c.start(), c.end());
                for (int u = range[0]; u < range[1]; u++) {
                    inUnit.get(u).add(c);
                    for (int i = 0; i < codeSets.size(); i++) {
                        if (codeSets.get(i).contains(c.codeId())) {
                            present.get(u).set(i);
                        }
                    }
                }
            }
            java.util.LinkedHashSet<Coding> out = new java.util.LinkedHashSet<>();
            for (int u = 0; u < units.size(); u++) {
                if (present.get(u).cardinality() == codeSets.size()) {
                    out.addAll(inUnit.get(u));
                }
            }
            return List.copyOf(out);
        }

        /** The documents whose attributes have every requested value (all documents when none is asked). */
        private Set<Long> withAttributes() {
            Set<Long> all = new HashSet<>();
            s.documents().summaries().forEach(d -> all.add(d.id()));
            if (request.attributes().isEmpty()) {
                return all;
            }
            Set<String> known = s.attributes().definitions().keySet();
            Map<Long, List<AttributeValue>> values = s.attributes().byDocument();
            Set<Long> out = new HashSet<>();
            for (long id : all) {
                boolean fits = true;
                for (var want : request.attributes().entrySet()) {
                    if (!known.contains(want.getKey())) {
                        throw new CaravanException(
                                "unknown attribute '" + want.getKey() + "'; attributes: " + String.join(", ", known));
                    }
                    fits &= values.getOrDefault(id, List.of()).stream()
                            .anyMatch(v -> v.attribute().equals(want.getKey())
                                    && v.value() != null
                                    && text(v.value())
                                            .toLowerCase(Locale.ROOT)
                                            .equals(want.getValue().strip().toLowerCase(Locale.ROOT)));
                }
                if (fits) {
                    out.add(id);
                }
            }
            return out;
        }

        /**
         * The passages covered by a coding of every requested code: each code's codings merged into
         * the stretches they cover, those stretches intersected code by code; each passage is one row,
         * formed by every selected coding that overlaps it.
         */
        private void overlaps(Document d, UnitIndex units, List<Coding> codings, List<RetrievedSegment> out) {
            List<int[]> common = null;
            for (Set<Long> codes : codeSets) {
                List<int[]> covered = covered(
                        codings.stream().filter(c -> codes.contains(c.codeId())).toList());
                common = common == null ? covered : intersect(common, covered);
                if (common.isEmpty()) {
                    return;
                }
            }
            for (int[] span : common) {
                List<Coding> forming = codings.stream()
                        .filter(c -> c.start() < span[1] && span[0] < c.end())
                        .toList();
                out.add(row(d, units, 0, forming, span[0], span[1]));
            }
        }

        /** Codings (by start) merged into the disjoint stretches they cover. */
        private static List<int[]> covered(List<Coding> codings) {
            List<int[]> out = new ArrayList<>();
            for (Coding c : codings) {
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && c.start() <= last[1]) {
                    last[1] = Math.max(last[1], c.end());
                } else {
                    out.add(new int[] {c.start(), c.end()});
                }
            }
            return out;
        }

        private static List<int[]> intersect(List<int[]> a, List<int[]> b) {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() && j < b.size()) {
                int start = Math.max(a.get(i)[0], b.get(j)[0]);
                int end = Math.min(a.get(i)[1], b.get(j)[1]);
                if (start < end) {
                    out.add(new int[] {start, end});
                }
                if (a.get(i)[1] < b.get(j)[1]) {
                    i++;
                } else {
                    j++;
                }
            }
            return out;
        }

        private final Map<Long, String> paths = new HashMap<>();
        private Map<Long, Long> versions = Map.of();

        private String path(long codeId) {
            return paths.computeIfAbsent(codeId, id -> book.path(id).toString());
        }

        private RetrievedSegment row(
                Document d, UnitIndex units, long codingId, List<Coding> forming, int start, int end) {
            String text = d.text();
            String before = contextWords == 0 ? "" : ContextWords.before(text, start, contextWords);
            String after = contextWords == 0 ? "" : ContextWords.after(text, end, contextWords);
            Coding first = forming.get(0);
            String coder;
            String memo;
            String codePath;
            Instant created;
            if (forming.size() == 1) {
                coder = first.coder();
                memo = first.memo() == null || first.memo().isBlank() ? null : first.memo();
                codePath = path(first.codeId());
                created = first.createdAt();
            } else {
                Set<String> coders = new LinkedHashSet<>();
                Set<String> memos = new LinkedHashSet<>();
                Set<String> codePaths = new LinkedHashSet<>();
                created = null;
                for (Coding c : forming) {
                    coders.add(c.coder());
                    if (c.memo() != null && !c.memo().isBlank()) {
                        memos.add(c.memo());
                    }
                    codePaths.add(path(c.codeId()));
                    created = created == null || c.createdAt().isAfter(created) ? c.createdAt() : created;
                }
                coder = String.join(", ", coders);
                memo = memos.isEmpty() ? null : String.join(" | ", memos);
                codePath = String.join(" + ", codePaths);
            }
            return new RetrievedSegment(
                    codingId,
                    forming.size() == 1
                            ? List.of(first.id())
                            : forming.stream().map(Coding::id).toList(),
                    d.name(),
                    units.speakerAt(start, end),
                    coder,
                    created,
                    memo,
                    forming.size() == 1 ? first.codeId() : 0,
                    codePath,
                    book.byId(first.codeId()).map(Code::color).orElse(null),
                    text.substring(start, end),
                    before,
                    after,
                    start,
                    end,
                    forming.size() == 1 ? versions.getOrDefault(first.id(), -1L) : -1L);
        }
    }
}
