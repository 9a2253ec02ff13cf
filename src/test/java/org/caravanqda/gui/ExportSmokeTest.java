package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
 * The export window in the whole window, headless: Project → Export…, only anna's codings, Export,
 * and the workbook in the project's exports folder holds her segments. With
 * -Dcaravan.screenshot.export=FILE.png it also writes docs' screenshot of the dialog.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportSmokeTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();
    private Path demo;

    @Start
    void start(Stage stage) {
        demo = GuiHarness.demo(tmp.resolve("export-" + System.nanoTime()));
        gui.show(stage, demo, "lead");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    @Test
    void exportsAnnasSegmentsToAWorkbook(FxRobot robot) throws Exception {
        var vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        MenuItem item = gui.workbench().menus().project().getItems().stream()
                .filter(i -> "Export…".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#export-coder-anna").tryQuery().isPresent());
        robot.clickOn("#export-coder-anna");
        robot.clickOn("#export-run");
        Button show = robot.lookup("#export-show").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !show.isDisabled());
        Path xlsx = demo.toAbsolutePath().resolve("exports").resolve(demo.getFileName() + "-segments.xlsx");
        assertThat(xlsx).isRegularFile();
        assertThat(robot.lookup("#export-summary").queryTextInputControl().getText())
                .startsWith("Wrote " + xlsx);
        long annas = gui.project.codings().codings(null, null, "anna").size();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet segments = wb.getSheetAt(0);
            assertThat(segments.getPhysicalNumberOfRows() - 1L).isEqualTo(annas);
            int coder = 0;
            while (!"coder".equals(segments.getRow(0).getCell(coder).getStringCellValue())) {
                coder++;
            }
            for (int r = 1; r <= annas; r++) {
                assertThat(segments.getRow(r).getCell(coder).getStringCellValue())
                        .isEqualTo("anna");
            }
        }
        writeScreenshot(robot);
        assertThat(gui.errors).isEmpty();
    }

    private static void writeScreenshot(FxRobot robot) throws Exception {
        String target = System.getProperty("caravan.screenshot.export");
        if (target == null) {
            return;
        }
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.lookup("#export-run").query().getScene().getWindow();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = dialog.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of(target).toAbsolutePath();
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
