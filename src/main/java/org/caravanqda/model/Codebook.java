package org.caravanqda.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The code tree of a project, with lookups by id and path. Immutable. */
public final class Codebook {
    /**
     * The deepest a code tree may nest. Real codebooks use a handful of levels; the limit keeps every
     * walk over the tree (exports, the GUI's tree, REFI files) far from the stack's end: a 990-level
     * codebook imported and then overflowed the stack on export (issue #22).
     */
    public static final int MAX_DEPTH = 100;

    private final List<Code> codes;
    private final Map<Long, Code> byId = new HashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();
    private final Map<String, Code> byPath = new HashMap<>();

    public Codebook(List<Code> codes) {
        this.codes = List.copyOf(codes);
        for (Code c : this.codes) {
            byId.put(c.id(), c);
        }
        for (Code c : this.codes) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        children.values()
                .forEach(l -> l.sort(Comparator.comparingInt(Code::sortOrder).thenComparing(Code::name)));
        for (Code c : this.codes) {
            byPath.put(path(c).toString(), c);
        }
    }

    public List<Code> codes() {
        return codes;
    }

    public List<Code> roots() {
        return children.getOrDefault(null, List.of());
    }

    public List<Code> childrenOf(Code parent) {
        return children.getOrDefault(parent.id(), List.of());
    }

    public Optional<Code> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Code> byPath(CodePath path) {
        return Optional.ofNullable(byPath.get(path.toString()));
    }

    public CodePath path(Code code) {
        List<String> names = new ArrayList<>();
        for (Code c = code; c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
            names.add(c.name());
        }
        java.util.Collections.reverse(names);
        return new CodePath(names);
    }

    /** How many levels the tree nests (0 when empty), found without recursion. */
    public int depth() {
        int deepest = 0;
        java.util.ArrayDeque<Map.Entry<Code, Integer>> todo = new java.util.ArrayDeque<>();
        roots().forEach(r -> todo.push(Map.entry(r, 1)));
        while (!todo.isEmpty()) {
            Map.Entry<Code, Integer> e = todo.pop();
            deepest = Math.max(deepest, e.getValue());
            childrenOf(e.getKey()).forEach(c -> todo.push(Map.entry(c, e.getValue() + 1)));
        }
        return deepest;
    }

    public CodePath path(long codeId) {
        return path(byId.get(codeId));
    }

    /** The code and all codes below it, depth first: a query for a code includes its descendants. */
    public List<Code> subtree(Code root) {
        List<Code> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private void collect(Code c, List<Code> out) {
        out.add(c);
        for (Code child : childrenOf(c)) {
            collect(child, out);
        }
    }

    /** All codes in tree order (parents before children, siblings by sort order). */
    public List<Code> inTreeOrder() {
        List<Code> out = new ArrayList<>();
        roots().forEach(r -> collect(r, out));
        return out;
    }

    /** Codes whose path or name is a plausible intended match for a path nobody has. */
    public List<String> closeTo(String wanted, int max) {
        return Suggestions.closest(wanted, byPath.keySet(), max);
    }

    public int size() {
        return codes.size();
    }
}
