package org.caravanqda.gui.workbench;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caravanqda.gui.transcript.Colors;
import org.caravanqda.gui.transcript.TranscriptView;

/** The document title, the quick-code bar (pinned codes, keys 1-9) and the transcript. */
public final class TranscriptPane {
    private final VBox box = new VBox(6);
    private final TranscriptView view;
    private final FlowPane quick = new FlowPane(6, 6);
    private final WorkbenchViewModel vm;

    private final HBox titleBar;

    /** The document's title and what stands beside it (the selection handle, the memo marker). */
    HBox titleBar() {
        return titleBar;
    }

    TranscriptPane(WorkbenchViewModel vm) {
        this.vm = vm;
        this.view = new TranscriptView(vm.transcript());
        Label title = new Label("Select a document");
        title.getStyleClass().add("document-title");
        vm.transcript().transcriptProperty().addListener((o, a, t) -> title.setText(t == null ? "" : t.name()));
        vm.codebook().pinned().addListener((ListChangeListener<String>) c -> buildQuickBar());
        vm.codebook().nodes().addListener((ListChangeListener<Object>) c -> buildQuickBar());
        buildQuickBar();
        view.node().setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CodeCell.CODE_PATH)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        view.node().setOnDragDropped(e -> {
            Object path = e.getDragboard().getContent(CodeCell.CODE_PATH);
            e.setDropCompleted(path != null && vm.coding().apply(path.toString()));
            e.consume();
        });
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        titleBar = new HBox(12, title, selectionHandle());
        box.getChildren().addAll(titleBar, quick, view.node());
        box.setPadding(new Insets(8));
    }

    /**
     * A handle beside the title while text is selected: drag it onto a code in the codebook to
     * code the selection (the text area itself uses mouse drags to select).
     */
    private Label selectionHandle() {
        Label handle = new Label("⠿ drag the selection onto a code");
        handle.setId("drag-selection");
        handle.getStyleClass().add("drag-selection");
        var selected = vm.transcript()
                .selectionEndProperty()
                .greaterThan(vm.transcript().selectionStartProperty());
        handle.visibleProperty().bind(selected);
        handle.managedProperty().bind(selected);
        handle.setOnDragDetected(e -> {
            Dragboard board = handle.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(CodeCell.SELECTION, vm.openDocumentName() == null ? "" : vm.openDocumentName());
            content.putString(handle.getText());
            board.setContent(content);
            e.consume();
        });
        return handle;
    }

    private void buildQuickBar() {
        quick.getChildren().clear();
        if (vm.codebook().pinned().isEmpty()) {
            Label hint = new Label("Pin codes in the codebook (right-click → Pin) to code with keys 1–9.");
            hint.getStyleClass().add("hint");
            quick.getChildren().add(hint);
            return;
        }
        for (int i = 0; i < vm.codebook().pinned().size(); i++) {
            String path = vm.codebook().pinned().get(i);
            String color = vm.codebook().byPath(path).map(n -> n.code().color()).orElse(null);
            Button b = new Button(
                    (i + 1) + "  " + org.caravanqda.model.CodePath.parse(path).leaf());
            b.getStyleClass().add("quick-code");
            b.setStyle("-fx-border-color: transparent transparent transparent " + Colors.safe(color) + ";");
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.coding().apply(path));
            quick.getChildren().add(b);
        }
    }

    /** Puts {@code node} (the player bar) between the quick-code bar and the transcript. */
    void addAboveTranscript(Node node) {
        box.getChildren().add(box.getChildren().indexOf(view.node()), node);
    }

    public TranscriptView view() {
        return view;
    }

    Node node() {
        return box;
    }
}
