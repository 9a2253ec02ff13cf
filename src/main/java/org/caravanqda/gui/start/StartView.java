package org.caravanqda.gui.start;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        Button createServer = new Button("New server project…");
        createServer.setId("new-server-project");
        createServer.setOnAction(
                e -> ServerProjectDialog.create(owner, vm::addressProblem, StartViewModel.NEW_PROJECT_LANGUAGE)
                        .ifPresent(vm::createServer));
        Button openServer = new Button("Open server project…");
        openServer.setId("open-server-project");
        openServer.setOnAction(
                e -> ServerProjectDialog.open(owner, vm::addressProblem).ifPresent(vm::openServer));
        Label onServer = new Label("On a team's server:");
        onServer.getStyleClass().add("hint");
        HBox actions = new HBox(10, create, open, demo);
        HBox serverActions = new HBox(10, onServer, createServer, openServer);
        serverActions.setAlignment(Pos.CENTER_LEFT);
        VBox allActions = new VBox(10, actions, serverActions);
        allActions.disableProperty().bind(vm.busyProperty());

        ListView<RecentProject> recent = new ListView<>(vm.recent());
        recent.setId("recent-projects");
        recent.setPlaceholder(new Label("Projects you open appear here."));
        recent.setPrefHeight(260);
        recent.setCellFactory(l -> new RecentCell());
        recent.setOnKeyPressed(e -> {
            RecentProject p = recent.getSelectionModel().getSelectedItem();
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
                allActions,
                new Label("Recent projects (click to open)"),
                recent,
                new HBox(8, spinner, status));
        card.getStyleClass().add("start-card");
        card.setMaxWidth(720);
        card.setPadding(new Insets(36));
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("start-screen");
    }

    /** A recent project: its name (a click opens it) and "Forget" (takes it off the list, nothing is deleted). */
    private final class RecentCell extends ListCell<RecentProject> {
        private final Hyperlink name = new Hyperlink();
        private final Button forget = new Button("Forget");
        private final HBox row;

        RecentCell() {
            name.getStyleClass().add("recent-project");
            name.setOnAction(e -> {
                if (getItem() != null) {
                    vm.open(getItem());
                }
            });
            forget.getStyleClass().add("small");
            forget.setOnAction(e -> {
                if (getItem() != null) {
                    vm.forget(getItem());
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(8, name, gap, forget);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(RecentProject p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
            } else {
                name.setText(p.label());
                name.setId(p.server() ? "recent-server" : null);
                setGraphic(row);
            }
        }
    }

    private void create() {
        NewProjectDialog.show(owner).ifPresent(choice -> vm.create(choice.name(), choice.password()));
    }

    public Parent root() {
        return root;
    }
}
