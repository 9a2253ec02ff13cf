package org.caravanqda.gui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.codebook.CodeNode;

/** The codebook as the tree shows it: nodes with counts, a filter, the selected code and the pinned (1-9) codes. */
public final class CodebookViewModel {
    public static final int PINS = 9;
    /** The first choice of "Move to…": no parent. */
    public static final String TOP_LEVEL = "(top level)";

    private final ObservableList<CodeNode> nodes = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<CodeNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> pinned = FXCollections.observableArrayList();
    private final ObjectProperty<String> countedCoder = new SimpleObjectProperty<>();

    /** What the tree shows beside a code: its codings and the documents they are in, own and with sub-codes. */
    public record Counts(int codings, int documents, int codingsWithSubCodes, int documentsWithSubCodes) {}

    void replace(List<CodeNode> tree) {
        String keep = selected.get() == null ? null : selected.get().path();
        nodes.setAll(tree);
        selected.set(keep == null ? null : byPath(keep).orElse(null));
        pinned.removeIf(p -> byPath(p).isEmpty());
    }

    /** Whether a node is shown under the filter: it matches, or one of its descendants does. */
    public boolean shows(CodeNode node) {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            return true;
        }
        return nodes.stream()
                .anyMatch(n -> (n == node || n.path().startsWith(node.path() + "/"))
                        && n.path().toLowerCase(Locale.ROOT).contains(f));
    }

    /**
     * Whose codings the counts take: null for every coder's ("Show other coders" on), else this
     * coder's only, as the transcript shows them.
     */
    public ObjectProperty<String> countedCoderProperty() {
        return countedCoder;
    }

    /** The node's counts for {@link #countedCoderProperty()}; a parent's include its sub-codes'. */
    public Counts counts(CodeNode node) {
        String coder = countedCoder.get();
        int own = 0;
        java.util.Set<Long> ownDocs = new java.util.HashSet<>();
        int all = 0;
        java.util.Set<Long> allDocs = new java.util.HashSet<>();
        for (CodeNode n : nodes) {
            boolean self = n.path().equals(node.path());
            if (!self && !n.path().startsWith(node.path() + "/")) {
                continue;
            }
            for (CodeNode.Use u : n.uses()) {
                if (coder != null && !coder.equals(u.coder())) {
                    continue;
                }
                all += u.codings();
                allDocs.add(u.document());
                if (self) {
                    own += u.codings();
                    ownDocs.add(u.document());
                }
            }
        }
        return new Counts(own, ownDocs.size(), all, allDocs.size());
    }

    public Optional<CodeNode> byPath(String path) {
        return nodes.stream().filter(n -> n.path().equals(path)).findFirst();
    }

    public List<String> codablePaths() {
        return nodes.stream()
                .filter(n -> n.code().codable())
                .map(CodeNode::path)
                .toList();
    }

    /**
     * Where "Move to…" may put a code: the top level ({@link #TOP_LEVEL}) first, then every code
     * but itself and its sub-codes (a code cannot go under its own branch).
     */
    public List<String> moveTargets(String path) {
        List<String> targets = new ArrayList<>(List.of(TOP_LEVEL));
        targets.addAll(otherBranches(path));
        return targets;
    }

    /** What "Merge into…" may merge a code into: every code but itself and its sub-codes. */
    public List<String> mergeTargets(String path) {
        return otherBranches(path);
    }

    private List<String> otherBranches(String path) {
        return nodes.stream()
                .map(CodeNode::path)
                .filter(x -> !x.equals(path) && !x.startsWith(path + "/"))
                .toList();
    }

    /** A code and its sub-codes now live under another path: pins follow them. */
    void moved(String from, String to) {
        pinned.replaceAll(x -> x.equals(from) || x.startsWith(from + "/") ? to + x.substring(from.length()) : x);
    }

    public void pin(String path) {
        if (!pinned.contains(path) && pinned.size() < PINS) {
            pinned.add(path);
        }
    }

    public void unpin(String path) {
        pinned.remove(path);
    }

    /** The code under quick key {@code n} (1-9), if one is pinned there. */
    public Optional<String> pinnedAt(int n) {
        return n >= 1 && n <= pinned.size() ? Optional.of(pinned.get(n - 1)) : Optional.empty();
    }

    public ObservableList<CodeNode> nodes() {
        return nodes;
    }

    public ObservableList<String> pinned() {
        return pinned;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<CodeNode> selectedProperty() {
        return selected;
    }
}
