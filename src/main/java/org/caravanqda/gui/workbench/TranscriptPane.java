package org.caravanqda.gui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.caravanqda.gui.transcript.Colors;
import org.caravanqda.gui.transcript.TranscriptView;

/**
 * The document title, the quick-code bar (pinned codes, keys 1-9) and the transcript. The
 * transcript's text area is built when first needed: a document opened, the view asked for, or just
 * after the window's first frame with the project's lists (an eighth of that frame's work went to
 * an area with nothing in it yet: ADR 0042).
 */
public final class TranscriptPane {
    private final VBox box = new VBox(6);
    private final StackPane holder = new StackPane();
    private TranscriptView view;
    private final List<Consumer<TranscriptView>> whenBuilt = new ArrayList<>();
    private final FlowPane quick = new FlowPane(6, 6);
    private final WorkbenchViewModel vm;

    private final HBox titleBar;

    /** The document's title and what stands beside it (the selection handle, the memo marker). */
    HBox titleBar() {
        return titleBar;
    }

    TranscriptPane(WorkbenchViewModel vm) {
        this.vm = vm;
        Label title = new Label("Select a document");
        title.getStyleClass().add("document-title");
        vm.transcript().transcriptProperty().addListener((o, a, t) -> title.setText(t == null ? "" : t.name()));
        vm.codebook().pinned().addListener((ListChangeListener<String>) c -> buildQuickBar());
        vm.codebook().nodes().addListener((ListChangeListener<Object>) c -> buildQuickBar());
        buildQuickBar();
        vm.transcript().transcriptProperty().addListener((o, a, t) -> {
            if (t != null) {
                view(); // shows t as it is built
            }
        });
        holder.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(CodeCell.CODE_PATH)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        holder.setOnDragDropped(e -> {
            Object path = e.getDragboard().getContent(CodeCell.CODE_PATH);
            e.setDropCompleted(path != null && vm.coding().apply(path.toString()));
            e.consume();
        });
        VBox.setVgrow(holder, Priority.ALWAYS);
        titleBar = new HBox(12, title, selectionHandle());
        box.getChildren().addAll(titleBar, quick, holder);
        box.setPadding(new Insets(8));
        if (vm.transcript().transcriptProperty().get() != null) {
            view(); // a document open already: no reason to wait
        }
        box.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene != null) {
                    box.sceneProperty().removeListener(this);
                    buildAfterFirstFrame(scene);
                }
            }
        });
    }

    /**
     * Builds the area once a layout pulse has laid out the project's lists: the frame goes to the
     * render thread and the area is built while it draws.
     */
    private void buildAfterFirstFrame(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (box.getScene() != scene) {
                scene.removePostLayoutPulseListener(listener[0]); // the project closed first: the scene shows another
            } else if (vm.revisionProperty().get() > 0) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(this::view);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
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
        box.getChildren().add(box.getChildren().indexOf(holder), node);
    }

    /** The transcript's view, built now if it was not yet. */
    public TranscriptView view() {
        if (view == null) {
            view = new TranscriptView(vm.transcript());
            holder.getChildren().setAll(view.node());
            whenBuilt.forEach(wiring -> wiring.accept(view));
            whenBuilt.clear();
        }
        return view;
    }

    /** Runs {@code wiring} (the text area's menus, the player's marks) once the view is built. */
    void whenBuilt(Consumer<TranscriptView> wiring) {
        if (view != null) {
            wiring.accept(view);
        } else {
            whenBuilt.add(wiring);
        }
    }

    Node node() {
        return box;
    }
}
