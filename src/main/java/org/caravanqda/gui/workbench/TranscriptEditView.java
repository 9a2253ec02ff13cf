package org.caravanqda.gui.workbench;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caravanqda.app.revision.OrphanView;

/** The edit mode's tab (the text, Save, Cancel, the report) and the orphaned codings' tab; it binds and forwards. */
public final class TranscriptEditView {
    private final TranscriptEditViewModel vm;

    public TranscriptEditView(TranscriptEditViewModel vm) {
        this.vm = vm;
    }

    /** The editor: the stored text in a text area, Save (Ctrl+S) and Cancel, the last save's report below. */
    public Node editor(Runnable close) {
        TextArea area = new TextArea();
        area.setId("transcript-editor");
        area.setWrapText(true);
        area.textProperty().bindBidirectional(vm.textProperty());
        area.editableProperty().bind(vm.editingProperty());
        Button save = new Button("Save");
        save.setId("transcript-editor-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.editingProperty().not());
        save.setOnAction(e -> vm.save());
        Button done = new Button("Close editor");
        done.setOnAction(e -> {
            if (vm.cancel()) {
                close.run();
            }
        });
        Label title = new Label();
        title.textProperty().bind(vm.documentProperty().map(d -> "Editing " + d));
        title.getStyleClass().add("title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, save, done);
        bar.setPadding(new Insets(4, 8, 4, 8));
        Label report = new Label();
        report.setId("transcript-editor-report");
        report.setWrapText(true);
        report.textProperty().bind(vm.reportProperty());
        report.setPadding(new Insets(4, 8, 4, 8));
        area.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.S) {
                vm.save();
                e.consume();
            }
        });
        BorderPane pane = new BorderPane(area, bar, null, report, null);
        pane.setId("transcript-edit-pane");
        return pane;
    }

    /** The orphaned codings: their code, coder, document and lost text; attach to the selection or remove. */
    public Node orphans() {
        ListView<OrphanView> list = new ListView<>(vm.orphans());
        list.setId("orphan-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OrphanView o, boolean empty) {
                super.updateItem(o, empty);
                setText(
                        empty || o == null
                                ? null
                                : o.code() + " (" + o.coder() + ") in " + o.document() + ": \""
                                        + o.text().strip() + "\"");
            }
        });
        list.setPlaceholder(new Label("No orphaned codings: every coding has its text."));
        Button attach = new Button("Attach to selection");
        attach.setId("orphan-attach");
        attach.setOnAction(e -> vm.attachToSelection(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.setId("orphan-remove");
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        attach.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label help = new Label("A coding whose whole text a correction deleted is kept here. Select its new text in"
                + " the transcript, then attach it; or remove it.");
        help.setWrapText(true);
        VBox box = new VBox(6, help, list, new HBox(8, attach, remove));
        box.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.refreshOrphans();
        return box;
    }
}
