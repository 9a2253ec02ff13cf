package org.caravanqda.gui.analysis;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.caravanqda.app.tables.TableChoices;

/** The filters row: coders, documents, an attribute value and a search query; changing one counts again. */
final class FiltersBar {
    private static final String ANY = "(any)";
    private final FlowPane bar = new FlowPane(8, 6);

    FiltersBar(AnalysisViewModel vm) {
        AnalysisFilters f = vm.filters();
        MenuButton coders = picker("All coders", "coders", f.coders(), vm);
        coders.setId("filter-coders");
        MenuButton documents = picker("All documents", "documents", f.documents(), vm);
        documents.setId("filter-documents");
        ComboBox<String> attribute = new ComboBox<>();
        attribute.setId("filter-attribute");
        attribute.setPromptText("Attribute");
        ComboBox<String> value = new ComboBox<>();
        value.setId("filter-value");
        value.setPromptText("Value");
        value.setDisable(true);
        f.choicesProperty().addListener((o, a, c) -> {
            fill(coders, f.coders(), c.coders(), "All coders", "coders", vm);
            fill(documents, f.documents(), c.documents(), "All documents", "documents", vm);
            List<String> names = new java.util.ArrayList<>(List.of(ANY));
            names.addAll(c.values().keySet());
            if (!attribute.getItems().equals(names)) {
                String keep = attribute.getValue();
                attribute.getItems().setAll(names);
                attribute.setValue(keep);
            }
            attribute.setDisable(c.values().isEmpty());
        });
        attribute.valueProperty().addListener((o, a, name) -> {
            TableChoices c = f.choicesProperty().get();
            Map<String, List<String>> values =
                    c == null || name == null ? Map.of() : c.values().getOrDefault(name, Map.of());
            value.getItems().setAll(values.keySet());
            value.setDisable(values.isEmpty());
            f.attributeProperty().set(ANY.equals(name) ? null : name);
            if (f.valueProperty().get() != null) {
                f.valueProperty().set(null);
                vm.refresh();
            }
        });
        value.valueProperty().addListener((o, a, v) -> {
            if (v != null || a != null) {
                f.valueProperty().set(v);
                vm.refresh();
            }
        });
        TextField query = new TextField();
        query.setId("filter-query");
        query.setPromptText("Search query (only the segments it finds)");
        query.setPrefColumnCount(22);
        query.setTooltip(new Tooltip("The Search tab's query language, e.g. работ* AND visa; Enter to count again"));
        query.textProperty().bindBidirectional(f.queryProperty());
        query.setOnAction(e -> vm.refresh());
        Button apply = new Button("Count");
        apply.setId("filter-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> vm.refresh());
        Label label = new Label("Filters:");
        bar.getChildren().addAll(label, coders, documents, attribute, new Label("="), value, query, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 2, 8));
    }

    private static MenuButton picker(String all, String what, ObservableList<String> chosen, AnalysisViewModel vm) {
        MenuButton b = new MenuButton(all);
        chosen.addListener((ListChangeListener<String>) c ->
                b.setText(chosen.isEmpty() ? all : chosen.size() == 1 ? chosen.get(0) : chosen.size() + " " + what));
        return b;
    }

    private static void fill(
            MenuButton b,
            ObservableList<String> chosen,
            List<String> offered,
            String all,
            String what,
            AnalysisViewModel vm) {
        List<String> now = b.getItems().stream()
                .filter(i -> i instanceof CheckMenuItem)
                .map(MenuItem::getText)
                .toList();
        if (now.equals(offered)) {
            return;
        }
        b.getItems().clear();
        MenuItem everyone = new MenuItem(all);
        everyone.setOnAction(e -> {
            chosen.clear();
            b.getItems().forEach(i -> {
                if (i instanceof CheckMenuItem m) {
                    m.setSelected(false);
                }
            });
            vm.refresh();
        });
        b.getItems().addAll(everyone, new SeparatorMenuItem());
        for (String name : offered) {
            CheckMenuItem item = new CheckMenuItem(name);
            item.setSelected(chosen.contains(name));
            item.selectedProperty().addListener((o, was, on) -> {
                if (on && !chosen.contains(name)) {
                    chosen.add(name);
                } else if (!on) {
                    chosen.remove(name);
                }
                vm.refresh();
            });
            b.getItems().add(item);
        }
        b.setDisable(offered.isEmpty());
        if (what.isEmpty()) {
            b.setText(all);
        }
    }

    Node node() {
        return bar;
    }
}
