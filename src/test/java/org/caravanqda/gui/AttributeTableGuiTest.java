package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.AttributeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless: Documents > Attribute table opens documents x attributes beside the transcript; a
 * cell edited to a value of the wrong type is refused in the cell with a message (nothing
 * written), a right one is stored. With {@code -Dcaravan.screenshot.attributes=FILE.png} it also
 * writes the docs' screenshot of the table.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AttributeTableGuiTest extends HeadlessFx {
    private static final String SHOT = System.getProperty("caravan.screenshot.attributes");

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        if (SHOT != null) {
            GuiHarness.applicationLook();
            GuiHarness.screenshotSize(stage);
        }
        gui.show(stage, GuiHarness.demo(tmp.resolve("attributes-" + System.nanoTime())), "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    private String stored(String document, String attribute) {
        return gui.project.attributes().sheet().rows().stream()
                .filter(r -> r.document().equals(document))
                .map(r -> AttributeValues.text(r.values().get(attribute)))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<AttributeService.Row, ?> cell(FxRobot robot, String attribute, String document) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null
                        && ("attr:" + attribute).equals(c.getTableColumn().getId())
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof AttributeService.Row r
                        && r.document().equals(document))
                .map(c -> (TableCell<AttributeService.Row, ?>) c)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editsACellInPlaceAndRefusesAWrongType(FxRobot robot) throws Exception {
        gui.awaitLoaded();
        WorkbenchViewModel vm = gui.workbench().viewModel();
        robot.clickOn("Documents");
        robot.clickOn("Attribute table");
        TableView<AttributeService.Row> table = robot.lookup("#attribute-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> table.getItems().size() == vm.documents().shown().size());
        AttributeService.Sheet sheet = gui.project.attributes().sheet();
        String number = sheet.attributes().entrySet().stream()
                .filter(e -> e.getValue() == AttributeType.NUMBER)
                .map(java.util.Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        String document = sheet.rows().get(0).document();
        String before = stored(document, number);
        // the cells show what caravan attributes list prints
        assertThat(cell(robot, number, document).getText()).isEqualTo(before);

        robot.doubleClickOn(cell(robot, number, document));
        TextField editor = robot.lookup("#attribute-editor").queryAs(TextField.class);
        robot.interact(() -> editor.setText("сорок"));
        robot.clickOn(editor).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#attribute-message").queryAs(Label.class);
        assertThat(message.getText()).contains("'сорок' is not a number");
        assertThat(editor.getStyle()).contains("border-color");
        assertThat(stored(document, number)).isEqualTo(before);

        robot.interact(() -> editor.setText("57"));
        robot.clickOn(editor).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> stored(document, number).equals("57"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "57".equals(cell(robot, number, document).getText()));
        assertThat(message.getText()).isEqualTo(document + ": " + number + " = 57");

        if (SHOT != null) {
            robot.interact(() -> table.getSortOrder()
                    .setAll(java.util.List.of(table.getColumns().get(2))));
            Thread.sleep(800);
            WaitForAsyncUtils.waitForFxEvents();
            GuiHarness.screenshot(robot, Path.of(SHOT));
        }
        // Edit > Undo takes it back
        robot.interact(vm.coding()::undo);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> stored(document, number).equals(before));
        assertThat(gui.errors).isEmpty();
    }
}
