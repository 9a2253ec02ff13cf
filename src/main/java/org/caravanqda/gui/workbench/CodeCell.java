package org.caravanqda.gui.workbench;

import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.gui.transcript.Colors;

/**
 * A code in the tree: colour, name, quick key if pinned, coding count; double-click lists its
 * coded segments (the retrieval view), Enter on the tree codes the selection. Its menu forwards to
 * the view model, which asks for names and targets.
 */
final class CodeCell extends TreeCell<CodeNode> {
    static final DataFormat CODE_PATH = new DataFormat("application/x-caravan-code-path");
    /** The transcript's selection being dragged onto a code (the value names the open document). */
    static final DataFormat SELECTION = new DataFormat("application/x-caravan-selection");

    private final WorkbenchViewModel vm;

    CodeCell(WorkbenchViewModel vm) {
        this.vm = vm;
        // double-click lists the code's segments, as NVivo and MAXQDA do; Enter, the menu, drag and Ctrl+K code
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2
                    && e.getButton() == javafx.scene.input.MouseButton.PRIMARY
                    && getItem() != null) {
                vm.openRetrieval(RetrievalRequest.of(getItem().path()));
                e.consume();
            }
        });
        // drop the transcript's selection on a code to code it with that code
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(SELECTION)
                    && getItem() != null
                    && getItem().code().codable()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasContent(SELECTION)
                    && getItem() != null
                    && vm.coding().apply(getItem().path());
            e.setDropCompleted(ok);
            e.consume();
        });
        // drag a code onto the transcript to apply it to the selection there
        setOnDragDetected(e -> {
            if (getItem() != null && getItem().code().codable()) {
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(CODE_PATH, getItem().path());
                board.setContent(content);
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(CodeNode n, boolean empty) {
        super.updateItem(n, empty);
        if (empty || n == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            setContextMenu(null);
            return;
        }
        Rectangle swatch = new Rectangle(
                12, 12, javafx.scene.paint.Color.web(Colors.safe(n.code().color())));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        Label name = new Label(n.code().name());
        int key = vm.codebook().pinned().indexOf(n.path()) + 1;
        Label pin = new Label(key > 0 ? String.valueOf(key) : "");
        pin.getStyleClass().add(key > 0 ? "pin-key" : "pin-none");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // a parent counts its own codings and its sub-codes' (a query for it finds them all): codings · documents,
        // of every coder or of this one only, as "Show other coders" says
        CodebookViewModel.Counts c = vm.codebook().counts(n);
        Label counts = new Label(
                c.codingsWithSubCodes() == 0 ? "" : c.codingsWithSubCodes() + " · " + c.documentsWithSubCodes());
        counts.getStyleClass().add("code-count");
        HBox row = new HBox(6, swatch, name, pin, spacer, counts);
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
        setText(null);
        String def = n.code().definition();
        String whose = vm.codebook().countedCoderProperty().get() == null
                ? "all coders"
                : vm.codebook().countedCoderProperty().get() + " only";
        setTooltip(new Tooltip(String.format(
                java.util.Locale.ROOT,
                "%s%n%d codings in %d documents; with sub-codes %d in %d (%s)%s",
                n.path(),
                c.codings(),
                c.documents(),
                c.codingsWithSubCodes(),
                c.documentsWithSubCodes(),
                whose,
                def == null ? "" : "\n\n" + def)));
        setContextMenu(menu(n, key > 0));
    }

    private ContextMenu menu(CodeNode n, boolean pinned) {
        MenuItem apply = new MenuItem("Code the selection");
        apply.setOnAction(e -> vm.coding().apply(n.path()));
        apply.setDisable(!n.code().codable());
        MenuItem retrieve = new MenuItem("Retrieve segments");
        retrieve.setOnAction(e -> vm.openRetrieval(RetrievalRequest.of(n.path())));
        MenuItem pin = new MenuItem(pinned ? "Unpin" : "Pin (quick key 1–9)");
        pin.setOnAction(e -> {
            if (pinned) {
                vm.codebook().unpin(n.path());
            } else {
                vm.codebook().pin(n.path());
            }
        });
        MenuItem child = new MenuItem("Add code under " + n.code().name() + "…");
        child.setOnAction(e -> vm.codebookActions().askNewCode(n.path()));
        MenuItem move = new MenuItem("Move to…");
        move.setOnAction(e -> vm.codebookActions().askMove(n.path()));
        MenuItem merge = new MenuItem("Merge into…");
        merge.setOnAction(e -> vm.codebookActions().askMerge(n.path()));
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> vm.codebookActions().askDelete(n.path()));
        return new ContextMenu(apply, retrieve, pin, child, move, merge, new SeparatorMenuItem(), delete);
    }
}
