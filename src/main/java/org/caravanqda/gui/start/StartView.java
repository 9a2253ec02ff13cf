package org.caravanqda.gui.start;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The start screen: binds to {@link StartViewModel}; the new project's name and password come from its dialog here. */
public final class StartView {
    private final StartViewModel vm;
    private final Window owner;
    private final VBox root = new VBox(18);

    public StartView(StartViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
        build();
    }

    private void build() {
        Label title = new Label("Caravan");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("Qualitative coding for interview research");
        subtitle.getStyleClass().add("start-subtitle");
        Button create = new Button("New project…");
        create.setDefaultButton(true);
        create.setOnAction(e -> create());
        Button open = new Button("Open project…");
        open.setOnAction(e -> vm.chooseAndOpen());
        Button demo = new Button("Open demo project");
        demo.setOnAction(e -> vm.openDemo());
        HBox actions = new HBox(10, create, open, demo);
        actions.disableProperty().bind(vm.busyProperty());

        ListView<Path> recent = new ListView<>(vm.recent());
        recent.setPlaceholder(new Label("Projects you open appear here."));
        recent.setPrefHeight(260);
        recent.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName() + "   —   " + p.getParent());
            }
        });
        recent.setOnMouseClicked(e -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() == 2) {
                vm.open(p);
            }
        });
        recent.setOnKeyPressed(e -> {
            Path p = recent.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.open(p);
            } else if (p != null && e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                vm.forget(p);
            }
        });
        recent.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        VBox card = new VBox(
                14,
                title,
                subtitle,
                actions,
                new Label("Recent projects (double-click to open, Delete to forget)"),
                recent,
                new HBox(8, spinner, status));
        card.getStyleClass().add("start-card");
        card.setMaxWidth(720);
        card.setPadding(new Insets(36));
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("start-screen");
    }

    private void create() {
        NewProjectDialog.show(owner).ifPresent(choice -> vm.create(choice.name(), choice.password()));
    }

    public Parent root() {
        return root;
    }
}
