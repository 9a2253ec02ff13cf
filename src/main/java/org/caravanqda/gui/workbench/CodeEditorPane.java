package org.caravanqda.gui.workbench;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.caravanqda.app.codebook.CodeEdit;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.gui.transcript.Colors;

/** The selected code's name, colour and definition fields (definition, inclusion, exclusion, example), editable. */
final class CodeEditorPane {
    private final VBox box = new VBox(4);
    private final TextField name = new TextField();
    private final ColorPicker color = new ColorPicker();
    private final TextArea definition = area("What the code means");
    private final TextArea inclusion = area("When to apply it");
    private final TextArea exclusion = area("When not to apply it");
    private final TextArea example = area("A typical passage");

    CodeEditorPane(WorkbenchViewModel vm) {
        vm.codebook().selectedProperty().addListener((o, a, n) -> show(n));
        Button save = new Button("Save code");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.codebook().selectedProperty().isNull());
        save.setOnAction(e -> {
            CodeNode n = vm.codebook().selectedProperty().get();
            vm.codebookActions()
                    .editCode(
                            n.path(),
                            new CodeEdit(
                                    name.getText(),
                                    hex(color.getValue()),
                                    definition.getText(),
                                    inclusion.getText(),
                                    exclusion.getText(),
                                    example.getText()));
        });
        Button addTop = new Button("New top-level code…");
        addTop.setOnAction(e -> vm.codebookActions().askNewCode(null));
        VBox fields = new VBox(
                4,
                new Label("Name"),
                new HBox(6, name, color),
                new Label("Definition"),
                definition,
                new Label("Include when"),
                inclusion,
                new Label("Exclude when"),
                exclusion,
                new Label("Example"),
                example,
                new HBox(8, save, addTop));
        fields.setPadding(new Insets(6));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        box.getChildren().add(scroll);
        show(null);
    }

    private void show(CodeNode n) {
        name.setText(n == null ? "" : n.code().name());
        color.setValue(Color.web(Colors.safe(n == null ? null : n.code().color())));
        definition.setText(
                n == null || n.code().definition() == null ? "" : n.code().definition());
        inclusion.setText(
                n == null || n.code().inclusion() == null ? "" : n.code().inclusion());
        exclusion.setText(
                n == null || n.code().exclusion() == null ? "" : n.code().exclusion());
        example.setText(n == null || n.code().example() == null ? "" : n.code().example());
    }

    static String hex(Color c) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static TextArea area(String prompt) {
        TextArea a = new TextArea();
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    Node node() {
        return box;
    }
}
