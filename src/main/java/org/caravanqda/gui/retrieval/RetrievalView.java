package org.caravanqda.gui.retrieval;

import static org.caravanqda.gui.common.FixedChoices.labelled;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.caravanqda.app.retrieval.RetrievalRequest.Combine;
import org.caravanqda.app.retrieval.RetrievedSegment;
import org.caravanqda.gui.retrieval.RetrievalViewModel.Column;
import org.caravanqda.gui.retrieval.RetrievalViewModel.SortKey;

/**
 * The coded segments as a table (document, speaker, code, coder, date, memo, the segment with its
 * context in grey), its filter bar, and the row actions. Binds and forwards to {@link RetrievalViewModel}.
 */
public final class RetrievalView {
    /** Characters of a segment shown in its cell (the whole text is in the tooltip and the export). */
    private static final int SHOWN = 600;
    /** Lines of text a row shows. */
    private static final int LINES = 4;

    /** The distance between lines of the table's text, measured once. */
    private final double line = new Text("Ág\nÁg").getLayoutBounds().getHeight()
            - new Text("Ág").getLayoutBounds().getHeight();

    private final double rowHeight = Math.ceil(line * LINES) + 10;

    private final RetrievalViewModel vm;
    private final Window owner;
    private final VBox box = new VBox(6);
    private final TableView<RetrievedSegment> table = new TableView<>();

    public RetrievalView(RetrievalViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
        box.setId("retrieval");
        box.getChildren().addAll(filterBar(), errorLine(), actions(), buildTable());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
    }

    static String combineLabel(Combine c) {
        return switch (c) {
            case ALL -> "all codes, where they overlap";
            case SAME_UNIT -> "all codes, in one turn or paragraph";
            case ANY -> "any of the codes";
        };
    }

    private Node filterBar() {
        Label codes = new Label();
        codes.setId("retrieval-code-list");
        codes.getStyleClass().add("pane-title");
        Runnable showCodes =
                () -> codes.setText(vm.codes().isEmpty() ? "(no code chosen)" : String.join(", ", vm.codes()));
        vm.codes().addListener((ListChangeListener<String>) c -> showCodes.run());
        showCodes.run();
        Button choose = new Button("Codes…");
        choose.setId("retrieval-choose-codes");
        choose.setOnAction(e -> new CodesDialog(
                        owner,
                        vm.codeChoices(),
                        vm.codes(),
                        vm.combineProperty().get(),
                        vm.withSubcodesProperty().get())
                .choose()
                .ifPresent(r -> vm.chooseCodes(r.codePaths(), r.combine(), r.withSubcodes())));
        ComboBox<Combine> combine = new ComboBox<>();
        combine.setId("retrieval-combine");
        combine.getItems().setAll(Combine.values());
        combine.setConverter(labelled(RetrievalView::combineLabel));
        combine.valueProperty().bindBidirectional(vm.combineProperty());
        combine.setTooltip(new Tooltip("Any: every segment of any of the codes. All: only the passages where segments"
                + " of all the codes overlap (the overlap is listed, with the codings that form it)."));
        CheckBox sub = new CheckBox("with sub-codes");
        sub.setId("retrieval-subcodes");
        sub.selectedProperty().bindBidirectional(vm.withSubcodesProperty());
        MenuButton coders = multi("Coders", vm.coderChoices(), vm.coders(), Function.identity());
        coders.setId("retrieval-coders");
        MenuButton documents = multi("Documents", vm.documentChoices(), vm.documents(), vm::shown);
        documents.setId("retrieval-documents");
        ComboBox<String> attribute = new ComboBox<>(vm.attributeChoices());
        attribute.setId("retrieval-attribute");
        attribute.valueProperty().bindBidirectional(vm.attributeProperty());
        attribute.setConverter(labelled(vm::shown));
        attribute.setPrefWidth(200);
        attribute.setVisibleRowCount(20);
        attribute.setTooltip(new Tooltip("Only documents with this attribute value (e.g. wave = autumn-2022)"));
        TextField query = new TextField();
        query.setId("retrieval-query");
        query.setPromptText("Query, as in the Search tab (Enter)");
        query.setTooltip(new Tooltip("""
                Only the segments this query finds, in the Search tab's language:
                a word finds all its forms; "..." a phrase; speaker:, coder:, doc:, memo:, attr.NAME:VALUE;
                AND, OR, NOT. Press Enter to apply."""));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setOnAction(e -> vm.refresh());
        query.setPrefColumnCount(22);
        Spinner<Integer> context =
                new Spinner<>(0, 50, vm.contextWordsProperty().get());
        context.setPrefWidth(70);
        context.setTooltip(new Tooltip("Words of context shown (and exported) on each side of a segment"));
        context.valueProperty()
                .addListener((o, a, b) -> vm.contextWordsProperty().set(b));
        Label contextLabel = new Label("context words");
        HBox first = new HBox(8, codes, choose, combine, sub);
        first.setAlignment(Pos.CENTER_LEFT);
        FlowPane second = new FlowPane(8, 6, coders, documents, attribute, query, context, contextLabel);
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, first, second);
    }

    private Node errorLine() {
        Label error = new Label();
        error.setId("retrieval-error");
        error.getStyleClass().add("search-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    private Node actions() {
        Label summary = new Label();
        summary.setId("retrieval-summary");
        summary.getStyleClass().add("document-facts");
        summary.textProperty().bind(vm.summaryProperty());
        Button open = button("Open in transcript", "retrieval-open", () -> vm.openInTranscript(selected()));
        Button change = button("Change code…", "retrieval-change", () -> vm.changeCode(selected()));
        Button remove = button("Remove coding", "retrieval-remove", () -> vm.remove(selected()));
        remove.getStyleClass().add("danger");
        Button memo = button("Edit memo…", "retrieval-memo", () -> vm.editMemo(selected()));
        for (Button b : List.of(open, change, remove, memo)) {
            b.disableProperty()
                    .bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button export = button("Export…", "retrieval-export", vm::export);
        export.setTooltip(new Tooltip("The list as shown (sorted and filtered) to .xlsx or .csv, with the export's"
                + " columns; the project's pseudonym list applies as in every export"));
        FlowPane buttons = new FlowPane(6, 6, open, change, remove, memo, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        HBox.setHgrow(buttons, Priority.ALWAYS);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, summary, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private RetrievedSegment selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private TableView<RetrievedSegment> buildTable() {
        table.setId("retrieval-table");
        table.setItems(vm.shown());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label("No segments: choose codes (Codes…) or loosen the filters."));
        // columns share the width in proportion to these; every cell wraps within a fixed row height
        // (fixed rows keep scrolling 10,000 segments smooth), the whole text is in each cell's tooltip
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(rowHeight);
        table.getColumns()
                .setAll(List.of(
                        column("Document", Column.DOCUMENT, r -> vm.shown(r.document()), 95, true),
                        column("Speaker", Column.SPEAKER, r -> vm.shown(r.speaker()), 66, false),
                        column("Code", Column.CODE, r -> vm.shown(r.codePath()), 105, true),
                        column("Coder", Column.CODER, r -> vm.shown(r.coder()), 52, false),
                        column("Date", Column.DATE, RetrievalViewModel::date, 84, false),
                        column("Memo", Column.MEMO, r -> vm.shown(r.memo()), 95, true),
                        segmentColumn()));
        // the view model sorts (by the stored values), the table only says by what
        table.setSortPolicy(t -> {
            List<SortKey> keys = new ArrayList<>();
            for (TableColumn<RetrievedSegment, ?> c : t.getSortOrder()) {
                keys.add(new SortKey((Column) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            vm.sortBy(keys);
            return true;
        });
        vm.displayProperty().addListener((o, a, b) -> table.refresh());
        table.setRowFactory(t -> {
            TableRow<RetrievedSegment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openInTranscript(row.getItem());
                }
            });
            row.contextMenuProperty()
                    .bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                            .then((ContextMenu) null)
                            .otherwise(rowMenu(row)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                vm.openInTranscript(selected());
                e.consume();
            }
        });
        return table;
    }

    private ContextMenu rowMenu(TableRow<RetrievedSegment> row) {
        MenuItem open = new MenuItem("Open in transcript");
        open.setOnAction(e -> vm.openInTranscript(row.getItem()));
        MenuItem change = new MenuItem("Change code…");
        change.setOnAction(e -> vm.changeCode(row.getItem()));
        MenuItem remove = new MenuItem("Remove coding");
        remove.setOnAction(e -> vm.remove(row.getItem()));
        MenuItem memo = new MenuItem("Edit memo…");
        memo.setOnAction(e -> vm.editMemo(row.getItem()));
        MenuItem export = new MenuItem("Export the list…");
        export.setOnAction(e -> vm.export());
        return new ContextMenu(open, change, remove, memo, export);
    }

    private TableColumn<RetrievedSegment, String> column(
            String title, Column sort, Function<RetrievedSegment, String> text, double width, boolean wrap) {
        TableColumn<RetrievedSegment, String> c = new TableColumn<>(title);
        c.setUserData(sort);
        c.setPrefWidth(width);
        // short values (a coder, a date) keep one line and their width; long ones wrap
        c.setMinWidth(wrap ? 50 : width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setWrapText(wrap);
                setAlignment(Pos.TOP_LEFT);
                setTooltip(empty || value == null || value.isEmpty() ? null : new Tooltip(value));
            }
        });
        return c;
    }

    /** The coded text in the table's colour, the context around it in grey, wrapped to the column. */
    private TableColumn<RetrievedSegment, RetrievedSegment> segmentColumn() {
        TableColumn<RetrievedSegment, RetrievedSegment> c = new TableColumn<>("Segment (with context)");
        c.setUserData(Column.SEGMENT);
        c.setPrefWidth(360);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(RetrievedSegment r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String body = vm.shown(r.text());
                String cut = body.length() > SHOWN ? body.substring(0, SHOWN) + " …" : body;
                Text before = new Text(r.before().isEmpty() ? "" : "…" + vm.shown(r.before()) + " ");
                before.getStyleClass().add("retrieval-context");
                Text text = new Text(cut);
                text.getStyleClass().add("retrieval-text");
                Text after = new Text(r.after().isEmpty() ? "" : " " + vm.shown(r.after()) + "…");
                after.getStyleClass().add("retrieval-context");
                TextFlow flow = new TextFlow(before, text, after);
                flow.maxWidthProperty().bind(col.widthProperty().subtract(14));
                flow.prefWidthProperty().bind(col.widthProperty().subtract(14));
                flow.setMaxHeight(line * LINES);
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(flow.widthProperty());
                clip.setHeight(line * LINES);
                flow.setClip(clip);
                setGraphic(flow);
                setAlignment(Pos.TOP_LEFT);
                Tooltip tip = new Tooltip(String.format(
                        "%s%n%n%s, characters %,d-%,d%s",
                        body,
                        vm.shown(r.document()),
                        r.start(),
                        r.end(),
                        r.single()
                                ? ""
                                : "\noverlap of " + r.codingIds().size() + " codings: " + vm.shown(r.codePath())));
                tip.setWrapText(true);
                tip.setMaxWidth(600);
                setTooltip(tip);
            }
        });
        return c;
    }

    /** A drop-down of check items: none ticked means all. */
    private static MenuButton multi(
            String what,
            javafx.collections.ObservableList<String> choices,
            javafx.collections.ObservableList<String> chosen,
            Function<String, String> shown) {
        MenuButton button = new MenuButton();
        Runnable title = () -> button.setText(what + ": "
                + (chosen.isEmpty() ? "all" : chosen.size() == 1 ? shown.apply(chosen.get(0)) : chosen.size() + ""));
        Runnable build = () -> {
            button.getItems().clear();
            MenuItem allItem = new MenuItem("All");
            allItem.setOnAction(e -> chosen.clear());
            button.getItems().add(allItem);
            for (String c : choices) {
                CheckMenuItem item = new CheckMenuItem(shown.apply(c));
                item.setSelected(chosen.contains(c));
                item.selectedProperty().addListener((o, a, b) -> {
                    if (b && !chosen.contains(c)) {
                        chosen.add(c);
                    } else if (!b) {
                        chosen.remove(c);
                    }
                });
                button.getItems().add(item);
            }
        };
        choices.addListener((ListChangeListener<String>) c -> build.run());
        chosen.addListener((ListChangeListener<String>) c -> {
            title.run();
            button.getItems().stream()
                    .filter(i -> i instanceof CheckMenuItem)
                    .map(i -> (CheckMenuItem) i)
                    .forEach(i -> {
                        int k = button.getItems().indexOf(i) - 1;
                        if (k >= 0 && k < choices.size()) {
                            i.setSelected(chosen.contains(choices.get(k)));
                        }
                    });
        });
        build.run();
        title.run();
        return button;
    }

    public Node node() {
        return box;
    }

    public TableView<RetrievedSegment> table() {
        return table;
    }
}
