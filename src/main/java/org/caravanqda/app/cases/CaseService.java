package org.caravanqda.app.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.caravanqda.analysis.AttributeTyping;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Document;
import org.caravanqda.model.ParticipantCase;

/**
 * Cases: a participant (or a site, a family) across several documents, as REFI-QDA's Case. Made,
 * renamed, given documents and removed one at a time or from a CSV; {@code case:} queries find
 * their documents and REFI-QDA exports carry them. Every change is one transaction.
 */
public final class CaseService {
    private static final int MAX_NAME = 500;
    private final ProjectStore store;
    private final TableReader tables;

    public CaseService(ProjectStore store, TableReader tables) {
        this.store = store;
        this.tables = tables;
    }

    /** A case with its documents (by name) and its own attribute values (by attribute name). */
    public record CaseListing(String name, List<String> documents, Map<String, Object> values) {
        public CaseListing {
            documents = List.copyOf(documents);
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Every case by name. */
    public List<CaseListing> list() {
        return store.read(s -> {
            Map<Long, String> names = new LinkedHashMap<>();
            s.documents().summaries().forEach(d -> names.put(d.id(), d.name()));
            Map<Long, List<AttributeValue>> values = s.cases().values();
            return s.cases().all().stream()
                    .map(c -> {
                        Map<String, Object> v = new LinkedHashMap<>();
                        values.getOrDefault(c.id(), List.of()).forEach(a -> v.put(a.attribute(), a.value()));
                        return new CaseListing(
                                c.name(),
                                c.documentIds().stream()
                                        .map(names::get)
                                        .filter(Objects::nonNull)
                                        .sorted()
                                        .toList(),
                                v);
                    })
                    .toList();
        });
    }

    /** Makes a case with these documents (by name; none is fine); returns its name. */
    public String create(String name, List<String> documents, String coder) {
        String n = checkedName(name);
        return store.write(s -> {
            requireFree(s, n);
            List<Long> docs = documentIds(s, documents);
            s.cases().insert(new ParticipantCase(0, UUID.randomUUID().toString(), n, null, docs));
            log(s, coder, "create", n, docs);
            return n;
        });
    }

    /** Renames a case; returns the new name. */
    public String rename(String name, String newName, String coder) {
        String n = checkedName(newName);
        return store.write(s -> {
            ParticipantCase c = find(s, name);
            if (!c.name().equals(n)) {
                requireFree(s, n);
            }
            s.cases().rename(c.id(), n);
            log(s, coder, "rename", n, c.documentIds());
            return n;
        });
    }

    /** Removes a case (its documents stay); returns how many documents it had. */
    public int delete(String name, String coder) {
        return store.write(s -> {
            ParticipantCase c = find(s, name);
            s.cases().delete(c.id());
            log(s, coder, "delete", c.name(), c.documentIds());
            return c.documentIds().size();
        });
    }

    /** Gives a case exactly these documents (by name); returns their names as stored. */
    public List<String> assign(String name, List<String> documents, String coder) {
        return store.write(s -> {
            ParticipantCase c = find(s, name);
            List<Long> docs = documentIds(s, documents);
            s.cases().setDocuments(c.id(), docs);
            Set<Long> touched = new LinkedHashSet<>(c.documentIds());
            touched.addAll(docs);
            log(s, coder, "assign", c.name(), new ArrayList<>(touched));
            return docs.stream()
                    .map(id -> s.documents().byId(id).orElseThrow().name())
                    .toList();
        });
    }

    /** Sets (a blank clears) a case's value of an existing attribute, typed as the attribute says. */
    public String setValue(String name, String attribute, String raw, String coder) {
        return store.write(s -> {
            ParticipantCase c = find(s, name);
            AttributeType type = s.attributes().definitions().get(attribute);
            if (type == null) {
                throw new CaravanException("unknown attribute '" + attribute + "'; nothing was changed");
            }
            Object value = AttributeValues.parse(attribute, type, raw);
            s.cases().setValue(s.attributes().define(attribute, type), c.id(), type, value);
            log(s, coder, "value", c.name(), c.documentIds());
            return AttributeValues.text(value);
        });
    }

    /** What an import did. */
    public record Imported(int cases, int created, int documents, int values) {}

    /**
     * Reads a CSV with a header row: {@code case,document[,attribute...]}, one row per document of
     * a case (a case's attribute values may stand on any of its rows; two different values for
     * one case are refused). Cases are made when new, and get the documents named (added to those
     * they have). The whole file is one transaction: a bad row refuses the file, naming the row.
     */
    public Imported importCsv(Path csv, String coder) {
        List<List<String>> rows = tables.read(csv);
        String file = csv.getFileName().toString();
        if (rows.isEmpty() || rows.get(0).size() < 2) {
            throw new CaravanException(
                    file + ": needs a header row case,document[,attribute...] and data rows;" + " nothing was changed");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        if (!header.get(0).equalsIgnoreCase("case") || !header.get(1).equalsIgnoreCase("document")) {
            throw new CaravanException(file + ": the header row begins case,document (found " + header.get(0) + ","
                    + header.get(1) + "); nothing was changed");
        }
        List<String> attributes = header.subList(2, header.size());
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).isEmpty()) {
                throw new CaravanException(
                        file + ": column " + (i + 3) + " has no name in the header row; nothing was changed");
            }
            AttributeValues.checkedName(attributes.get(i));
        }
        return store.write(s -> apply(s, file, rows, attributes, Coders.nameOrDefault(coder)));
    }

    private Imported apply(
            StoreSession s, String file, List<List<String>> rows, List<String> attributes, String coder) {
        Map<String, AttributeType> known = s.attributes().definitions();
        List<AttributeType> types = new ArrayList<>();
        for (int col = 0; col < attributes.size(); col++) {
            int c = col + 2;
            AttributeType existing = known.get(attributes.get(col));
            types.add(
                    existing != null
                            ? existing
                            : AttributeTyping.infer(rows.subList(1, rows.size()).stream()
                                    .map(r -> c < r.size() ? r.get(c) : "")
                                    .toList()));
        }
        Map<String, List<Long>> docsOf = new LinkedHashMap<>();
        Map<String, Map<String, Object>> valuesOf = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = file + " row " + (r + 1) + ": ";
            if (row.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            try {
                String name = checkedName(row.get(0));
                String docName = row.size() > 1 ? row.get(1).strip() : "";
                List<Long> docs = docsOf.computeIfAbsent(name, k -> new ArrayList<>());
                if (!docName.isEmpty()) {
                    docs.add(DocumentLookup.find(s, docName).id());
                }
                Map<String, Object> values = valuesOf.computeIfAbsent(name, k -> new LinkedHashMap<>());
                for (int col = 0; col < attributes.size(); col++) {
                    int c = col + 2;
                    Object v = AttributeValues.parse(
                            attributes.get(col), types.get(col), c < row.size() ? row.get(c) : "");
                    if (v == null) {
                        continue;
                    }
                    Object had = values.putIfAbsent(attributes.get(col), v);
                    if (had != null && !had.equals(v)) {
                        throw new CaravanException(attributes.get(col) + " is " + AttributeValues.text(had)
                                + " on an earlier row of this case and " + AttributeValues.text(v) + " here");
                    }
                }
            } catch (CaravanException e) {
                String msg = e.getMessage().replace("; nothing was changed", "");
                throw new CaravanException(where + msg + "; nothing was changed", e);
            }
        }
        if (docsOf.isEmpty()) {
            throw new CaravanException(file + ": no data rows; nothing was changed");
        }
        Map<String, ParticipantCase> existing = new LinkedHashMap<>();
        s.cases().all().forEach(c -> existing.put(c.name(), c));
        int created = 0;
        int values = 0;
        Set<Long> touched = new LinkedHashSet<>();
        for (var e : docsOf.entrySet()) {
            ParticipantCase c = existing.get(e.getKey());
            long id;
            if (c == null) {
                id = s.cases()
                        .insert(new ParticipantCase(
                                0,
                                UUID.randomUUID().toString(),
                                e.getKey(),
                                null,
                                new ArrayList<>(new LinkedHashSet<>(e.getValue()))));
                created++;
            } else {
                id = c.id();
                Set<Long> docs = new LinkedHashSet<>(c.documentIds());
                docs.addAll(e.getValue());
                s.cases().setDocuments(id, new ArrayList<>(docs));
            }
            touched.addAll(e.getValue());
            for (var v : valuesOf.get(e.getKey()).entrySet()) {
                AttributeType type = types.get(attributes.indexOf(v.getKey()));
                s.cases().setValue(s.attributes().define(v.getKey(), type), id, type, v.getValue());
                values++;
            }
        }
        Changes.record(
                s,
                coder,
                ChangeAction.CASES_IMPORT,
                Map.of("file", file, "cases", docsOf.size(), "documents", new ArrayList<>(touched)));
        return new Imported(docsOf.size(), created, touched.size(), values);
    }

    private static ParticipantCase find(StoreSession s, String name) {
        String n = name == null ? "" : name.strip();
        return s.cases().all().stream()
                .filter(c -> c.name().equals(n))
                .findFirst()
                .orElseThrow(() -> new CaravanException("unknown case '" + name + "'; nothing was changed"));
    }

    private static void requireFree(StoreSession s, String name) {
        if (s.cases().all().stream().anyMatch(c -> c.name().equalsIgnoreCase(name))) {
            throw new CaravanException("a case named '" + name + "' exists; nothing was changed");
        }
    }

    private static List<Long> documentIds(StoreSession s, List<String> documents) {
        List<Long> ids = new ArrayList<>();
        for (String d : documents) {
            Document doc = DocumentLookup.find(s, d);
            if (!ids.contains(doc.id())) {
                ids.add(doc.id());
            }
        }
        return ids;
    }

    private static void log(StoreSession s, String coder, String what, String name, List<Long> documents) {
        Changes.record(
                s,
                Coders.nameOrDefault(coder),
                ChangeAction.CASE_EDIT,
                Map.of("edit", what, "case", name, "documents", List.copyOf(documents)));
    }

    /** A case name as stored: stripped, not blank, one line, at most 500 characters. */
    static String checkedName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new CaravanException("a case needs a name; nothing was changed");
        }
        if (name.length() > MAX_NAME || name.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new CaravanException(
                    "a case name is one line of at most " + MAX_NAME + " characters; nothing was changed");
        }
        return name;
    }
}
