package org.caravanqda.gui.cases;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.caravanqda.app.cases.CaseService;
import org.caravanqda.gui.workbench.WorkbenchMenus;
import org.caravanqda.gui.workbench.WorkbenchView;

/** Cases beside the transcript: the cases on the left, the selected one's documents (ticked) on the right. */
public final class CasesView {
    static final String TAB_ID = "cases";
    private final CasesViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ListView<String> members = new ListView<>();

    /** Adds "Cases…" to the Documents menu. */
    public static void install(WorkbenchView workbench) {
        workbench.menus().documents().getItems().add(WorkbenchMenus.item("Cases", null, e -> open(workbench)));
    }

    /** Opens the cases tab (or selects it); returns its view model. */
    public static CasesViewModel open(WorkbenchView workbench) {
        var tab = workbench.center().show(TAB_ID, "Cases", () -> {
            CasesViewModel model = new CasesViewModel(workbench.viewModel());
            Node node = new CasesView(model).root;
            node.getProperties().put(CasesViewModel.class, model);
            model.load();
            return node;
        });
        return (CasesViewModel) tab.getContent().getProperties().get(CasesViewModel.class);
    }

    CasesView(CasesViewModel vm) {
        this.vm = vm;
        ListView<CaseService.CaseListing> list = new ListView<>(vm.cases());
        list.setId("cases");
        list.setPlaceholder(new Label("No cases yet: New case… makes one, Import CSV… loads many."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CaseService.CaseListing c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                        empty || c == null
                                ? null
                                : c.name() + "  (" + c.documents().size()
                                        + (c.documents().size() == 1 ? " document)" : " documents)"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && c != vm.selectedProperty().get()) {
                vm.selectedProperty().set(c);
            }
        });
        vm.selectedProperty().addListener((o, a, c) -> {
            if (c != null && list.getSelectionModel().getSelectedItem() != c) {
                list.getSelectionModel().select(c);
            }
            members.refresh();
        });
        Button create = button("New case…", vm::askCreate);
        Button rename = button("Rename…", vm::askRename);
        Button delete = button("Delete…", vm::askDelete);
        Button importCsv = button("Import CSV…", vm::askImport);
        rename.disableProperty().bind(vm.selectedProperty().isNull());
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        FlowPane buttons = new FlowPane(6, 6, create, rename, delete, importCsv);
        Label casesTitle = new Label("Cases");
        casesTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(6, casesTitle, buttons, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        members.setItems(vm.documents());
        members.setId("case-documents");
        members.setCellFactory(l -> new MemberCell());
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.textProperty()
                .bind(vm.selectedProperty()
                        .map(c -> "Documents of " + c.name())
                        .orElse("Select a case to tick its documents"));
        Label values = new Label();
        values.setWrapText(true);
        vm.selectedProperty().addListener((o, a, c) -> values.setText(vm.values()));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox right = new VBox(6, title, values, members, message);
        VBox.setVgrow(members, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.4);
        root.setCenter(split);
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A document with a tick: ticked when the selected case holds it; ticking changes the case. */
    private final class MemberCell extends ListCell<String> {
        private final CheckBox box = new CheckBox();

        MemberCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    vm.setMember(getItem(), box.isSelected());
                }
            });
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String doc, boolean empty) {
            super.updateItem(doc, empty);
            if (empty || doc == null) {
                setGraphic(null);
                return;
            }
            box.setText(doc);
            box.setSelected(vm.holds(doc));
            box.setDisable(vm.selectedProperty().get() == null);
            setGraphic(box);
        }
    }
}
