package org.caravanqda.gui.memos;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caravanqda.app.memos.MemoEntry;
import org.caravanqda.gui.transcript.Transcript;
import org.caravanqda.model.Memo.MemoTarget;

/** The Memos tab: a filter, the list of memos, and new / edit / remove / open. Decisions live in the view model. */
public final class MemosView {
    private final VBox root;

    public MemosView(MemosViewModel vm) {
        TextField filter = new TextField();
        filter.setPromptText("Filter memos (title, text, target, author)");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setId("memo-filter");
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().addAll("all", "project", "document", "code", "coding");
        kind.setValue("all");
        kind.valueProperty()
                .addListener((o, a, b) -> vm.kindProperty()
                        .set(b == null || b.equals("all") ? null : MemoTarget.valueOf(b.toUpperCase(Locale.ROOT))));

        TableView<MemoEntry> table = new TableView<>(vm.shown());
        table.setId("memo-table");
        table.getColumns().add(column("On", e -> e.memo().target().name().toLowerCase(Locale.ROOT), 70));
        table.getColumns().add(column("About", MemoEntry::target, 220));
        table.getColumns()
                .add(column(
                        "Title", e -> e.memo().title() == null ? "" : e.memo().title(), 160));
        table.getColumns()
                .add(column(
                        "Author", e -> e.memo().coder() == null ? "" : e.memo().coder(), 90));
        table.getColumns()
                .add(column(
                        "Date",
                        e -> (e.memo().updatedAt() != null
                                        ? e.memo().updatedAt()
                                        : e.memo().createdAt())
                                .toString()
                                .substring(0, 10),
                        90));
        table.getColumns().add(column("Memo", e -> oneLine(e.memo().text()), 360));
        // the columns share the tab's width (no horizontal scrolling to reach the author and date)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No memos yet: write one with the buttons above"));
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> vm.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<MemoEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(MemoEntry item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(
                            item == null || empty
                                    ? null
                                    : new Tooltip(item.memo().text()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button project = new Button("New project memo");
        project.setOnAction(e -> vm.newProjectMemo());
        Button document = new Button("Memo on document");
        document.setTooltip(new Tooltip("A memo on the open document"));
        document.setOnAction(e -> vm.newDocumentMemo());
        Button code = new Button("Memo on code");
        code.setTooltip(new Tooltip("A memo on the code selected in the codebook"));
        code.setOnAction(e -> vm.newCodeMemo());
        Button open = new Button("Open");
        open.setOnAction(e -> vm.open(vm.selectedProperty().get()));
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> vm.editSelected());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> vm.removeSelected());
        open.disableProperty().bind(vm.selectedProperty().isNull());
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        remove.disableProperty().bind(vm.selectedProperty().isNull());

        root = new VBox(
                8,
                new HBox(8, filter, kind),
                new HBox(8, project, document, code, new Label("  "), open, edit, remove),
                table);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("memos-view");
        vm.refresh();
    }

    private static TableColumn<MemoEntry, String> column(
            String title, java.util.function.Function<MemoEntry, String> value, double width) {
        TableColumn<MemoEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80)); // "document", a date and a name stay readable when the tab is narrow
        return c;
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }

    public Node node() {
        return root;
    }

    /**
     * The marker beside a document's title: "✎ 2 memos", the memos in its tooltip, hidden when
     * the open document has none; a click opens the memo list on them.
     */
    public static Label titleMarker(MemosViewModel vm, ObservableValue<Transcript> open, Runnable showList) {
        Label marker = new Label();
        marker.getStyleClass().add("document-memo-marker");
        marker.setId("document-memo-marker");
        Runnable update = () -> {
            Transcript t = open.getValue();
            var memos = t == null ? java.util.List.<MemoEntry>of() : vm.onDocument(t.name());
            marker.setVisible(!memos.isEmpty());
            marker.setManaged(!memos.isEmpty());
            marker.setText("✎ " + memos.size() + (memos.size() == 1 ? " memo" : " memos"));
            marker.setTooltip(
                    memos.isEmpty()
                            ? null
                            : new Tooltip(String.join(
                                    "\n\n",
                                    memos.stream()
                                            .map(m -> (m.memo().title() == null
                                                            ? ""
                                                            : m.memo().title() + ": ")
                                                    + m.memo().text())
                                            .toList())));
        };
        open.addListener((o, a, b) -> update.run());
        vm.all().addListener((javafx.collections.ListChangeListener<MemoEntry>) c -> update.run());
        marker.setOnMouseClicked(e -> {
            Transcript t = open.getValue();
            if (t != null) {
                vm.filterProperty().set(t.name());
            }
            showList.run();
        });
        update.run();
        return marker;
    }
}
