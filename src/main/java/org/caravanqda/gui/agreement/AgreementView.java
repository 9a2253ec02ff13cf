package org.caravanqda.gui.agreement;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.agreement.CodeDisagreement;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.transcript.Colors;
import org.caravanqda.gui.workbench.WorkbenchMenus;
import org.caravanqda.gui.workbench.WorkbenchView;

/**
 * The agreement tab: choices on top, the figures per code below them, and under those the chosen
 * code's disagreements beside a compare pane that shows each coder's codings of the passage in
 * that coder's colour, with the ways to resolve it. It binds and forwards; the view model decides.
 */
public final class AgreementView {
    static final String TAB_ID = "agreement-tab";
    private final AgreementViewModel vm;
    private final Runnable showTranscript;
    private final BorderPane root = new BorderPane();
    private final VBox compare = new VBox(8);

    /** Adds "Inter-coder agreement…" to the workbench's Analysis menu; it opens (or selects) the tab. */
    public static void install(WorkbenchView workbench, Project project, Jobs jobs) {
        workbench
                .menus()
                .analysis()
                .getItems()
                .add(WorkbenchMenus.item("Inter-coder agreement…", null, e -> open(workbench, project, jobs)));
    }

    /** Opens the agreement tab beside the transcript (or selects it when open). */
    public static AgreementViewModel open(WorkbenchView workbench, Project project, Jobs jobs) {
        AgreementViewModel[] made = {null};
        var tab = workbench.center().show(TAB_ID, "Agreement", () -> {
            made[0] = new AgreementViewModel(project, jobs, workbench.viewModel());
            made[0].load();
            return new AgreementView(made[0], workbench.center()::showTranscript).node();
        });
        if (made[0] != null) {
            AgreementViewModel vm = made[0];
            tab.getContent().getProperties().put(AgreementViewModel.class, vm);
            tab.setOnClosed(e -> vm.dispose());
        }
        return (AgreementViewModel) tab.getContent().getProperties().get(AgreementViewModel.class);
    }

    public AgreementView(AgreementViewModel vm, Runnable showTranscript) {
        this.vm = vm;
        this.showTranscript = showTranscript;
        root.setTop(choices());
        SplitPane lower = new SplitPane(disagreementList(), comparePane());
        lower.setDividerPositions(0.42);
        SplitPane split = new SplitPane(figures(), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root.setCenter(split);
        root.getStyleClass().add("agreement-view");
        root.setId("agreement-view");
    }

    private Node choices() {
        FlowPane coders = new FlowPane(10, 4);
        coders.setId("agreement-coders");
        Runnable fill = () -> {
            coders.getChildren().clear();
            for (String c : vm.coders()) {
                CheckBox box = new CheckBox(c);
                box.setId("agreement-coder-" + c);
                box.setSelected(vm.chosenCoders().contains(c));
                box.setStyle("-fx-text-fill: " + Colors.safe(vm.color(c)) + "; -fx-font-weight: bold;");
                box.selectedProperty().addListener((o, a, on) -> {
                    if (on && !vm.chosenCoders().contains(c)) {
                        vm.chosenCoders().add(c);
                    } else if (!on) {
                        vm.chosenCoders().remove(c);
                    }
                });
                coders.getChildren().add(box);
            }
        };
        vm.coders().addListener((ListChangeListener<String>) c -> fill.run());
        vm.chosenCoders().addListener((ListChangeListener<String>) c -> coders.getChildren()
                .forEach(n -> {
                    if (n instanceof CheckBox b) {
                        b.setSelected(vm.chosenCoders().contains(b.getText()));
                    }
                }));
        fill.run();
        ChoiceBox<AgreementUnit> unit = new ChoiceBox<>();
        unit.setId("agreement-unit");
        unit.getItems().setAll(AgreementUnit.values());
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AgreementUnit u) {
                return u == null ? "" : u.label();
            }

            @Override
            public AgreementUnit fromString(String s) {
                return AgreementUnit.parse(s);
            }
        });
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        ListView<String> codes = new ListView<>(vm.codes());
        codes.setId("agreement-codes");
        codes.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        codes.setPrefHeight(84);
        codes.setPrefWidth(320);
        codes.setTooltip(new Tooltip("Ctrl+click to choose several codes (each with its sub-codes);"
                + " none chosen: every code the coders applied"));
        codes.getSelectionModel().getSelectedItems().addListener((ListChangeListener<String>) c ->
                vm.chosenCodes().setAll(List.copyOf(codes.getSelectionModel().getSelectedItems())));
        Button compute = new Button("Compute");
        compute.setId("agreement-compute");
        compute.setDefaultButton(true);
        compute.setOnAction(e -> vm.compute());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("agreement-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Label codesLabel = new Label("Codes (none chosen: all applied)");
        VBox left = new VBox(
                6,
                new HBox(8, bold("Coders"), coders),
                new HBox(8, bold("Unit"), unit),
                new HBox(8, compute, busy),
                message);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox top = new HBox(16, left, new VBox(4, codesLabel, codes));
        top.setPadding(new Insets(8, 10, 8, 10));
        return top;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(52);
        return l;
    }

    private Node figures() {
        TableView<AgreementViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("agreement-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose two or more coders and press Compute"));
        TableColumn<AgreementViewModel.Row, String> code = text("Code", AgreementViewModel.Row::code);
        code.setPrefWidth(260);
        table.getColumns()
                .addAll(List.of(
                        code,
                        number("Units", "units compared", r -> (double) r.units(), "%,.0f"),
                        number("Agree %", "percent agreement", AgreementViewModel.Row::percent, "%.1f"),
                        number("Cohen κ", "Cohen's kappa", AgreementViewModel.Row::cohenKappa, "%.3f"),
                        number(
                                "B&P κ",
                                "Brennan & Prediger's kappa (chance = 1/2 per code)",
                                AgreementViewModel.Row::brennanPrediger,
                                "%.3f"),
                        number(
                                "Kripp. α",
                                "Krippendorff's alpha (nominal)",
                                AgreementViewModel.Row::krippendorffAlpha,
                                "%.3f")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AgreementViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && item.overall() ? "-fx-font-weight: bold;" : "");
                // a figure left undefined (—) says why here
                setTooltip(item == null || item.notes().isBlank() ? null : new Tooltip(item.notes()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectCode(r.code());
            }
        });
        // the figures computed again keep the chosen code selected
        vm.rows().addListener((ListChangeListener<AgreementViewModel.Row>) c -> {
            String chosen = vm.selectedCodeProperty().get();
            vm.rows().stream()
                    .filter(r -> r.code().equals(chosen))
                    .findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        Label notes = new Label();
        notes.textProperty().bind(vm.notesProperty());
        notes.setWrapText(true);
        notes.getStyleClass().add("agreement-notes");
        VBox box = new VBox(4, table, notes);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 10, 4, 10));
        return box;
    }

    private Node disagreementList() {
        TableView<CodeDisagreement> list = new TableView<>(vm.disagreements());
        list.setId("agreement-disagreements");
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPlaceholder(new Label("Click a code above to list where the coders differ on it"));
        list.getColumns().add(textD("Document", d -> d.document().replaceFirst("\\.[^.]+$", ""), 120));
        list.getColumns().add(textD("Place", d -> String.format(Locale.ROOT, "%,d–%,d", d.start(), d.end()), 80));
        list.getColumns()
                .add(textD(
                        "Coded by",
                        d -> {
                            List<String> order = vm.shownRequest() == null
                                    ? List.copyOf(d.applied().keySet())
                                    : vm.shownRequest().coders();
                            return String.join(", ", d.codersWith(order));
                        },
                        70));
        list.getColumns().add(textD("Text", d -> oneLine(d.text()), 300));
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, d) -> vm.selectedProperty().set(d));
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(d);
            }
        });
        list.setRowFactory(t -> {
            TableRow<CodeDisagreement> row = new TableRow<>() {
                @Override
                protected void updateItem(CodeDisagreement d, boolean empty) {
                    super.updateItem(d, empty);
                    setTooltip(
                            d == null
                                    ? null
                                    : new Tooltip(String.format(
                                            Locale.ROOT,
                                            "%s, characters %,d–%,d%n%s",
                                            d.document(),
                                            d.start(),
                                            d.end(),
                                            oneLine(d.text()))));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openInTranscript(row.getItem());
                }
            });
            return row;
        });
        Label title = new Label("Disagreements");
        vm.disagreements().addListener((ListChangeListener<CodeDisagreement>) c -> title.setText(
                vm.selectedCodeProperty().get() == null
                        ? "Disagreements"
                        : "Disagreements on " + vm.selectedCodeProperty().get() + " ("
                                + vm.disagreements().size() + "; double-click opens one in the transcript)"));
        title.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(4, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(4, 4, 8, 10));
        return box;
    }

    private void openInTranscript(CodeDisagreement d) {
        vm.open(d);
        showTranscript.run();
    }

    private Node comparePane() {
        compare.setId("agreement-compare");
        compare.setPadding(new Insets(4, 10, 8, 6));
        vm.sides().addListener((ListChangeListener<AgreementViewModel.Side>) c -> fillCompare());
        vm.resolutions().addListener((ListChangeListener<Resolution>) c -> fillCompare());
        fillCompare();
        ScrollPane scroll = new ScrollPane(compare);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void fillCompare() {
        compare.getChildren().clear();
        CodeDisagreement d = vm.selectedProperty().get();
        if (d == null) {
            Label hint = new Label("Choose a disagreement: each coder's codings of the passage are shown here,"
                    + " side by side, in the coder's colour.");
            hint.setWrapText(true);
            compare.getChildren().add(hint);
            return;
        }
        Label title = new Label(d.document() + ", characters "
                + String.format(Locale.ROOT, "%,d–%,d", d.passageStart(), d.passageEnd()));
        title.setStyle("-fx-font-weight: bold;");
        Button open = new Button("Show in transcript");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setId("agreement-open");
        open.setOnAction(e -> openInTranscript(d));
        title.setWrapText(true);
        AgreementUnit unit = vm.shownRequest().unit();
        Label legend = new Label("underlined: the "
                + (unit == AgreementUnit.CHARACTER ? "characters" : unit.label())
                + " where they differ; in colour: what each coder coded");
        legend.setWrapText(true);
        legend.setStyle("-fx-text-fill: #555555;");
        HBox titleRow = new HBox(8, title, open);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, titleRow);
        HBox sides = new HBox(10);
        for (AgreementViewModel.Side side : vm.sides()) {
            VBox column = side(d, side);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(1);
            sides.getChildren().add(column);
        }
        FlowPane actions = new FlowPane(8, 6);
        for (Resolution r : vm.resolutions()) {
            Button b = new Button(r.label());
            b.getStyleClass().add("agreement-resolve");
            b.setId(
                    r.label().startsWith("Merge")
                            ? "agreement-merge"
                            : "agreement-keep-" + r.label().replaceFirst("^Keep (.*)'s.*$", "$1"));
            b.setTooltip(new Tooltip(r.preview()));
            b.setDisable(!r.changes());
            b.setOnAction(e -> vm.resolve(r));
            actions.getChildren().add(b);
        }
        Label how = new Label("Resolve, one step that Ctrl+Z undoes (hover a button to see what it changes):");
        how.setWrapText(true);
        compare.getChildren().addAll(head, how, actions, legend, sides);
    }

    private VBox side(CodeDisagreement d, AgreementViewModel.Side side) {
        String color = Colors.safe(side.color());
        Label name = new Label(side.coder());
        name.setStyle("-fx-font-weight: bold; -fx-text-fill: " + color + ";");
        TextFlow flow = new TextFlow();
        String text = d.passageText();
        int base = d.passageStart();
        boolean[] covered = new boolean[text.length()];
        for (CodingView c : side.codings()) {
            for (int i = Math.max(c.start(), base); i < Math.min(c.end(), base + text.length()); i++) {
                covered[i - base] = true;
            }
        }
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean on = covered[i];
            boolean inUnit = base + i >= d.start() && base + i < d.end();
            while (j < text.length() && covered[j] == on && (base + j >= d.start() && base + j < d.end()) == inUnit) {
                j++;
            }
            Text t = new Text(text.substring(i, j));
            if (on) {
                t.setStyle("-fx-fill: " + color + "; -fx-font-weight: bold;");
            }
            t.setUnderline(inUnit);
            flow.getChildren().add(t);
            i = j;
        }
        VBox codings = new VBox(2);
        if (side.codings().isEmpty()) {
            Label none = new Label("no coding of " + d.code() + " here");
            none.setWrapText(true);
            codings.getChildren().add(none);
        }
        for (CodingView c : side.codings()) {
            Label l = new Label(String.format(Locale.ROOT, "%s  (%,d–%,d)", c.code(), c.start(), c.end())
                    + (c.memo() == null ? "" : "  memo: " + c.memo()));
            l.setWrapText(true);
            codings.getChildren().add(l);
        }
        VBox box = new VBox(4, name, flow, codings);
        box.getStyleClass().add("agreement-side");
        box.setStyle("-fx-border-color: " + color + "; -fx-border-width: 0 0 0 4; -fx-padding: 4 6 4 8;");
        box.setId("agreement-side-" + side.coder());
        return box;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "…";
    }

    private static <T> TableColumn<T, String> textD(String title, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 64));
        return col;
    }

    private static TableColumn<AgreementViewModel.Row, String> text(
            String title, Function<AgreementViewModel.Row, String> value) {
        return textD(title, value, 120);
    }

    private static TableColumn<AgreementViewModel.Row, Double> number(
            String title, String meaning, Function<AgreementViewModel.Row, Double> value, String format) {
        TableColumn<AgreementViewModel.Row, Double> col = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(meaning));
        col.setGraphic(header);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "—" : fixed(v, format));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        col.setPrefWidth(74);
        col.setMinWidth(60);
        return col;
    }

    private static String fixed(double v, String format) {
        String s = String.format(Locale.ROOT, format, v);
        return s.matches("-0[.,]?0*") ? s.substring(1) : s;
    }

    public Node node() {
        return root;
    }
}
