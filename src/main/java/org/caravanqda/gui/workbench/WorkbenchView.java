package org.caravanqda.gui.workbench;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.gui.analysis.AnalysisViews;
import org.caravanqda.gui.imports.ImportDialog;
import org.caravanqda.gui.media.FxPlayer;
import org.caravanqda.gui.media.PlaybackView;
import org.caravanqda.gui.media.PlaybackViewModel;
import org.caravanqda.gui.memos.MemosView;
import org.caravanqda.gui.pseudonyms.PseudonymsDialog;

/**
 * The main window: documents | transcript with quick codes | codebook and details; toolbar and
 * status bar. It binds and forwards: what to ask and what to do with the answer is the view model's.
 */
public final class WorkbenchView {
    private final WorkbenchViewModel vm;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final TranscriptPane transcript;
    private final CodebookPane codebook;
    private final SearchPane search;
    private final TabPane left;
    private final CenterTabs center;
    private final WorkbenchMenus menus = new WorkbenchMenus();
    private AnalysisViews analysis;
    private TranscriptEditing editing;
    private final PlaybackView playback;
    private final DocumentsPane documents;

    public WorkbenchView(WorkbenchViewModel vm, Window owner, Runnable toStart) {
        this.vm = vm;
        this.owner = owner;
        this.transcript = new TranscriptPane(vm);
        this.codebook = new CodebookPane(vm, owner);
        this.documents = new DocumentsPane(vm);
        this.search = new SearchPane(vm, owner);
        Tab documentsTab = new Tab("Documents", documents.node());
        Tab searchTab = new Tab("Search");
        searchTab.setId("search-tab");
        FirstSelection.fill(searchTab, search.node());
        this.left = new TabPane(documentsTab, searchTab);
        left.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        this.center = new CenterTabs(transcript.node());
        SplitPane split = new SplitPane(left, center.node(), codebook.node());
        split.setOrientation(Orientation.HORIZONTAL);
        fillMenus(toStart);
        new PaneLayout(split, left, center.node(), codebook.node(), vm.preferences()).addTo(menus.documents());
        this.playback = new PlaybackView(
                new PlaybackViewModel(
                        vm.project()::media,
                        FxPlayer::open,
                        vm.dialogs(),
                        vm::run,
                        vm.coderProperty()::get,
                        vm.statusProperty()::set),
                vm.transcript(),
                vm::openDocumentName);
        transcript.whenBuilt(view -> {
            new TranscriptMenu(vm, view.area(), this::codeWith);
            playback.attach(view.area());
        });
        transcript.addAboveTranscript(playback.node());
        menus.documents().getItems().addAll(playback.menuItems());
        transcript
                .titleBar()
                .getChildren()
                .add(1, MemosView.titleMarker(vm.memos(), vm.transcript().transcriptProperty(), this::showMemos));
        vm.memos().refresh();
        root.setTop(new VBox(menus.node(), toolbar()));
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStyleClass().add("workbench");
    }

    /**
     * The toolbar keeps what is used while coding, so it fits a 1280-pixel window without an
     * overflow menu; projects, back-up and the pseudonym list are in the Project menu.
     */
    private ToolBar toolbar() {
        Button importFiles = new Button("Import…");
        importFiles.setOnAction(e -> new ImportDialog(vm::importer, owner).show());
        Button undo = new Button("Undo");
        undo.disableProperty().bind(vm.coding().undoStack().canUndoProperty().not());
        undo.setOnAction(e -> vm.coding().undo());
        Button redo = new Button("Redo");
        redo.disableProperty().bind(vm.coding().undoStack().canRedoProperty().not());
        redo.setOnAction(e -> vm.coding().redo());
        Button codeWith = new Button("Code with…");
        codeWith.setOnAction(e -> codeWith());
        Button newCode = new Button("New code from selection");
        newCode.setOnAction(e -> vm.codebookActions().newCodeFromSelection());
        CheckBox shown = new CheckBox("Show pseudonyms");
        shown.setId("show-pseudonyms");
        shown.setTooltip(new javafx.scene.control.Tooltip("Show transcripts and names with the pseudonym list applied"
                + " (display only: coding is off meanwhile)"));
        shown.selectedProperty().bindBidirectional(vm.showPseudonymsProperty());
        CheckBox others = new CheckBox("Show other coders");
        others.selectedProperty().bindBidirectional(vm.transcript().showOtherCodersProperty());
        Button coder = new Button();
        coder.textProperty().bind(vm.coderProperty().map(c -> "Coder: " + c));
        coder.setOnAction(e -> vm.changeCoder());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label project = new Label(vm.projectName());
        project.getStyleClass().add("project-name");
        project.setMaxWidth(240);
        project.setMinWidth(60);
        project.setTooltip(new javafx.scene.control.Tooltip(
                vm.projectName() + "\n" + vm.project().directory()));
        return new ToolBar(
                project,
                importFiles,
                new Separator(),
                undo,
                redo,
                new Separator(),
                codeWith,
                newCode,
                spacer,
                shown,
                others,
                coder);
    }

    private void fillMenus(Runnable toStart) {
        menus.project()
                .getItems()
                .addAll(
                        WorkbenchMenus.item("Projects…", null, e -> toStart.run()),
                        WorkbenchMenus.item("Import…", "Shortcut+I", e -> new ImportDialog(vm::importer, owner).show()),
                        WorkbenchMenus.item("Back up…", null, e -> vm.backup()),
                        new SeparatorMenuItem(),
                        WorkbenchMenus.item(
                                "Pseudonyms…", null, e -> new PseudonymsDialog(vm.pseudonymTable(), owner).show()),
                        WorkbenchMenus.item("Change coder…", null, e -> vm.changeCoder()));
        MenuItem undo =
                WorkbenchMenus.item("Undo", "Shortcut+Z", e -> vm.coding().undo());
        undo.disableProperty().bind(vm.coding().undoStack().canUndoProperty().not());
        MenuItem redo =
                WorkbenchMenus.item("Redo", "Shortcut+Y", e -> vm.coding().redo());
        redo.disableProperty().bind(vm.coding().undoStack().canRedoProperty().not());
        menus.edit().getItems().addAll(undo, redo);
        menus.code()
                .getItems()
                .addAll(
                        WorkbenchMenus.item("Code with…", "Shortcut+K", e -> codeWith()),
                        WorkbenchMenus.item(
                                "New code from selection",
                                "Shortcut+Shift+N",
                                e -> vm.codebookActions().newCodeFromSelection()));
        menus.documents()
                .getItems()
                .addAll(
                        WorkbenchMenus.item("Search…", "Shortcut+F", e -> showSearch()),
                        WorkbenchMenus.item("Show transcript", null, e -> center.showTranscript()),
                        WorkbenchMenus.item("Memos", null, e -> showMemos()));
        editing = new TranscriptEditing(vm, center::show);
        editing.addTo(menus.documents());
        menus.analysis().getItems().add(WorkbenchMenus.item("Memos", "Shortcut+Shift+M", e -> showMemos()));
        // tables and charts: a click on a bar or a cell opens the segments behind it in the retrieval view
        analysis = new AnalysisViews(vm.project(), vm.jobs(), vm.dialogs(), vm::openRetrieval, center::show);
        analysis.addTo(menus.analysis());
        menus.help()
                .getItems()
                .add(WorkbenchMenus.item(
                        "About Caravan", null, e -> vm.statusProperty().set("Caravan " + CaravanVersion.get())));
    }

    /** Correcting transcripts: the edit mode and the orphaned codings (Documents menu). */
    public TranscriptEditing editing() {
        return editing;
    }

    /** The memo list in a centre tab (Analysis → Memos, Documents → Memos, the marker at a document's title). */
    public void showMemos() {
        center.show("memos", "Memos", () -> new MemosView(vm.memos()).node());
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, new WorkingIndicator(vm.busyProperty(), vm.activityProperty()).node());
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z), Ctrl+K "code with…", Ctrl+F search, Ctrl+Shift+N new code, 1-9 pinned codes. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm.coding()::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm.coding()::redo);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        vm.coding()::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::codeWith);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::showSearch);
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        vm.codebookActions()::newCodeFromSelection);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            int digit = e.getCode().isDigitKey() ? e.getCode().getCode() - KeyCode.DIGIT0.getCode() : -1;
            if (e.getCode().isKeypadKey()) {
                digit = e.getCode().getCode() - KeyCode.NUMPAD0.getCode();
            }
            if (!typing && !e.isShortcutDown() && !e.isAltDown() && digit >= 1 && digit <= 9) {
                vm.coding().applyPinned(digit);
                e.consume();
            }
        });
    }

    /** The search tab, with the query field focused. */
    public void showSearch() {
        left.getSelectionModel().select(1);
        search.focusQuery();
    }

    private void codeWith() {
        if (!vm.coding().readyToCode()) {
            return;
        }
        new CodeWithDialog(owner, vm.codebook()).choose().ifPresent(vm.coding()::apply);
    }

    public Parent root() {
        return root;
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    public TranscriptPane transcript() {
        return transcript;
    }

    /** The middle tabs, where views such as retrieval and charts open beside the transcript. */
    public CenterTabs center() {
        return center;
    }

    public WorkbenchMenus menus() {
        return menus;
    }

    /** Frequencies, co-occurrence and the matrix (Analysis menu). */
    public AnalysisViews analysis() {
        return analysis;
    }

    /** The open document's recording: the player bar and its menu items. */
    public PlaybackView playback() {
        return playback;
    }

    /** The documents list, for the document actions (gui/documents) to give it a context menu. */
    public javafx.scene.control.ListView<org.caravanqda.app.documents.DocumentListing> documentsList() {
        return documents.list();
    }

    public CodebookPane codebook() {
        return codebook;
    }
}
