package org.caravanqda.gui.workbench;

import static org.caravanqda.gui.common.FixedChoices.labelled;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchScope;

/** Query field, scope and the hits as keyword-in-context snippets; clicking a hit selects it in the transcript. */
final class SearchPane {
    private static final int TEXT_SHOWN = 300;
    private final VBox box = new VBox(6);
    private final TextField query = new TextField();

    SearchPane(WorkbenchViewModel workbench, Window owner) {
        SearchViewModel vm = workbench.search();
        Label title = new Label("Search");
        title.getStyleClass().add("pane-title");
        query.setId("search-query");
        query.setPromptText("уехать, \"вид на жительство\", code:Departure…");
        query.setTooltip(new Tooltip("""
                A word finds all its forms (уехать: уехала, уехали…); exact:уехали only that form.
                "..." a phrase, "..."~5 words near each other, уех* and Ташкент~1 for spellings.
                code:PATH, speaker:, coder:, doc:, case:, memo:, attr.NAME:VALUE or [30 TO 40].
                AND, OR, NOT and brackets combine them."""));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setOnAction(e -> vm.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button run = new Button("Search");
        run.setId("search-run");
        run.setOnAction(e -> vm.search());
        ComboBox<SearchScope> scope = new ComboBox<>();
        scope.setId("search-scope");
        scope.getItems().setAll(SearchScope.UNITS, SearchScope.SEGMENTS, SearchScope.DOCUMENTS);
        scope.setConverter(labelled(sc -> switch (sc) {
            case UNITS -> "in turns and paragraphs";
            case SEGMENTS -> "in coded segments";
            case DOCUMENTS -> "in documents";
        }));
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        scope.setMaxWidth(Double.MAX_VALUE);
        scope.valueProperty().addListener((o, a, b) -> vm.search());
        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add("search-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("document-facts");
        summary.textProperty().bind(vm.summaryProperty());
        // the first search opens the index, auto-coding searches and codes: the panel says it is at work
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        Label working = new Label();
        working.setId("search-working");
        working.getStyleClass().add("document-facts");
        working.textProperty().bind(vm.workingTextProperty());
        HBox busy = new HBox(6, spinner, working);
        busy.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        busy.visibleProperty().bind(vm.workingProperty());
        busy.managedProperty().bind(vm.workingProperty());
        ListView<SearchHit> list = new ListView<>(vm.hits());
        list.setId("search-hits");
        list.setPlaceholder(new Label("Type a query and press Enter."));
        list.setCellFactory(l -> new HitCell(workbench.documents(), l));
        workbench.documents().displayProperty().addListener((o, a, b) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, hit) -> vm.open(hit));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getChildren()
                .addAll(
                        title,
                        new HBox(6, query, run),
                        scope,
                        error,
                        busy,
                        summary,
                        list,
                        autocodeRow(vm, workbench.codebook(), owner));
        box.setPadding(new Insets(8));
        box.setMinWidth(200);
    }

    /** "[each hit's sentence] [Auto-code…]": auto-coding of the hits listed, one undoable step. */
    private static HBox autocodeRow(SearchViewModel vm, CodebookViewModel codebook, Window owner) {
        ComboBox<AutocodeUnit> unit = new ComboBox<>();
        unit.setId("search-autocode-unit");
        unit.getItems().setAll(AutocodeUnit.SENTENCE, AutocodeUnit.TURN, AutocodeUnit.PARAGRAPH, AutocodeUnit.HIT);
        unit.setConverter(labelled(u -> switch (u) {
            case HIT -> "the words of each hit";
            case SENTENCE -> "each hit's sentence";
            case PARAGRAPH -> "each hit's paragraph";
            case TURN -> "each hit's turn";
        }));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        Button code = new Button("Auto-code…");
        code.setId("search-autocode");
        code.setTooltip(
                new Tooltip("Codes every hit listed (turns and paragraphs search) with a code you choose, around each"
                        + " match as chosen on the left; Undo takes the whole run back."));
        code.disableProperty().bind(vm.codableProperty().not());
        code.setOnAction(e -> new CodeWithDialog(
                        owner,
                        codebook,
                        "Auto-code",
                        "Choose the code for every hit listed; you will see how many passages it codes"
                                + " before anything is coded")
                .choose()
                .ifPresent(vm::autocode));
        unit.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(unit, Priority.ALWAYS);
        code.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(6, unit, code);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    Node node() {
        return box;
    }

    void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    /** Document, speaker and codes above the snippet; matches in bold on a highlight. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final DocumentsViewModel documents;
        private final ListView<SearchHit> list;

        HitCell(DocumentsViewModel documents, ListView<SearchHit> list) {
            this.documents = documents;
            this.list = list;
            setPrefWidth(0); // the list's width, not the snippet's length, sets the cell's: snippets wrap
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            StringBuilder head = new StringBuilder(documents.shown(hit.document()));
            if (hit.speaker() != null) {
                head.append(" · ").append(documents.shown(hit.speaker()));
            }
            if (!hit.codes().isEmpty()) {
                head.append(" · ").append(String.join(", ", hit.codes()));
            }
            Label where = new Label(head.toString());
            where.getStyleClass().add("document-facts");
            TextFlow snippet = new TextFlow();
            snippet.getStyleClass().add("search-snippet");
            String shown = hit.snippet() != null
                    ? hit.snippet()
                    : hit.text().length() > TEXT_SHOWN
                            ? hit.text().substring(0, TEXT_SHOWN).strip() + " …"
                            : hit.text();
            for (SnippetRuns.Run run : SnippetRuns.of(documents.shown(shown)).runs()) {
                Text t = new Text(run.text());
                if (run.match()) {
                    t.getStyleClass().add("search-match");
                }
                snippet.getChildren().add(t);
            }
            snippet.maxWidthProperty().bind(list.widthProperty().subtract(30));
            setGraphic(new VBox(2, where, snippet));
            setTooltip(new Tooltip(head + String.format("%ncharacters %,d-%,d", hit.start(), hit.end())));
        }
    }
}
