package org.caravanqda.gui.workbench;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caravanqda.app.codebook.CodeNode;

/** The codebook tree (colours, counts, filter) over two tabs: the clicked coding's details and the code's definition. */
public final class CodebookPane {
    private final WorkbenchViewModel vm;
    private final TreeView<CodeNode> tree = new TreeView<>();
    private final VBox box = new VBox(6);
    private final TabPane tabs;
    private boolean rebuilding;

    CodebookPane(WorkbenchViewModel vm, Window owner) {
        this.vm = vm;
        Label title = new Label("Codebook");
        title.getStyleClass().add("pane-title");
        TextField filter = new TextField();
        filter.setPromptText("Filter codes");
        filter.textProperty().bindBidirectional(vm.codebook().filterProperty());
        tree.setId("codebook");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CodeCell(vm));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                vm.codebook().selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        vm.codebook().nodes().addListener((ListChangeListener<CodeNode>) c -> rebuild());
        vm.codebook().filterProperty().addListener((o, a, b) -> rebuild());
        vm.codebook().pinned().addListener((ListChangeListener<String>) c -> tree.refresh());
        vm.codebook().countedCoderProperty().addListener((o, a, b) -> tree.refresh());
        Tab details = new Tab("Coding", new CodingDetailsPane(vm, owner).node());
        Tab code = new Tab("Code");
        tabs = new TabPane(details, code);
        FirstSelection.fill(code, new CodeEditorPane(vm).node());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // other codings inspected (a click in the text or the margin) show the Coding tab; the same
        // ones read again after a change (Save code, say) leave the tab the user is in
        java.util.Set<Long> shownIds = new java.util.HashSet<>();
        vm.transcript().inspected().addListener((ListChangeListener<org.caravanqda.gui.transcript.CodingMark>) c -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            vm.transcript().inspected().forEach(m -> ids.add(m.id()));
            if (!ids.isEmpty() && !ids.equals(shownIds)) {
                tabs.getSelectionModel().select(details);
            }
            shownIds.clear();
            shownIds.addAll(ids);
        });
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && tree.getSelectionModel().getSelectedItem() != null) {
                tabs.getSelectionModel().select(code);
            }
        });
        // Enter codes the transcript's selection with the selected code (double-click lists its segments)
        tree.setOnKeyPressed(e -> {
            TreeItem<CodeNode> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                    && item != null
                    && item.getValue() != null
                    && item.getValue().code().codable()) {
                vm.coding().apply(item.getValue().path());
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        tabs.setPrefHeight(330);
        box.getChildren().addAll(title, filter, tree, tabs);
        box.setPadding(new Insets(8));
        box.setMinWidth(240);
    }

    /** The nodes come in tree order (parents first), so one pass builds the tree; the filter keeps ancestors of matches. */
    private void rebuild() {
        rebuilding = true;
        try {
            TreeItem<CodeNode> root = new TreeItem<>();
            Map<String, TreeItem<CodeNode>> byPath = new HashMap<>();
            boolean filtering = !vm.codebook().filterProperty().get().isBlank();
            for (CodeNode n : vm.codebook().nodes()) {
                if (!vm.codebook().shows(n)) {
                    continue;
                }
                TreeItem<CodeNode> item = new TreeItem<>(n);
                item.setExpanded(filtering || n.depth() == 0);
                byPath.put(n.path(), item);
                String parentPath =
                        org.caravanqda.model.CodePath.parse(n.path()).parent();
                TreeItem<CodeNode> parent = parentPath == null ? root : byPath.getOrDefault(parentPath, root);
                parent.getChildren().add(item);
            }
            tree.setRoot(root);
            CodeNode selected = vm.codebook().selectedProperty().get();
            if (selected != null && byPath.containsKey(selected.path())) {
                TreeItem<CodeNode> item = byPath.get(selected.path());
                for (TreeItem<CodeNode> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
            }
        } finally {
            rebuilding = false;
        }
    }

    Node node() {
        return box;
    }

    public TreeView<CodeNode> tree() {
        return tree;
    }
}
