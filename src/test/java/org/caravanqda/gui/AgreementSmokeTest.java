package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.caravanqda.app.agreement.AgreementReport;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.agreement.CodeDisagreement;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.gui.agreement.AgreementViewModel;
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
 * The agreement tab in the whole window, headless: Analysis → Inter-coder agreement…, pick the
 * coders and the unit, Compute, see the figures, click a code, pick a disagreement, keep one
 * coder's coding, and Ctrl+Z. With -Dcaravan.screenshot.agreement=FILE.png it also writes docs'
 * screenshot.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AgreementSmokeTest extends HeadlessFx {
    private static final String CODE = "Exit as voice";

    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();

    @Start
    void start(Stage stage) {
        gui.show(stage, GuiHarness.demo(tmp.resolve("agreement-" + System.nanoTime())), "lead");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    /** The row of {@code table} showing an item that {@code which} accepts, once laid out. */
    private static <T> Node row(FxRobot robot, TableView<T> table, Predicate<T> which) throws Exception {
        Supplier<Optional<Node>> find = () -> robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r
                        && r.isVisible()
                        && !r.isEmpty()
                        && r.getItem() != null
                        && which.test(table.getItems().get(r.getIndex())))
                .findFirst();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> find.get().isPresent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> find.get().orElseThrow()).get();
    }

    private List<String> codings(String document) {
        return gui.project.codings().codings(document, CODE, null).stream()
                .map(c -> c.coder() + "|" + c.code() + "|" + c.start() + "|" + c.end())
                .sorted()
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void computesTheFiguresListsACodesDisagreementsAndResolvesOne(FxRobot robot) throws Exception {
        var vm = gui.workbench().viewModel();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !vm.documents().shown().isEmpty());
        MenuItem item = gui.workbench().menus().analysis().getItems().stream()
                .filter(i -> "Inter-coder agreement…".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        // the box chosen and laid out before it is clicked: on a loaded machine a click at a box not yet laid out
        // missed it
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#agreement-coder-timur")
                        .tryQuery()
                        .map(n -> n instanceof javafx.scene.control.CheckBox b && b.isSelected() && b.getWidth() > 0)
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        // pick the coders: timur off (one coder is refused), then on again
        robot.clickOn("#agreement-coder-timur");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#agreement-coder-timur")
                        .queryAs(javafx.scene.control.CheckBox.class)
                        .isSelected());
        robot.clickOn("#agreement-compute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agreement-message").queryLabeled().getText()).isEqualTo("Choose at least two coders");
        robot.clickOn("#agreement-coder-timur");
        ChoiceBox<AgreementUnit> unit = robot.lookup("#agreement-unit").queryAs(ChoiceBox.class);
        robot.interact(() -> unit.setValue(AgreementUnit.SENTENCE));
        robot.clickOn("#agreement-compute");
        TableView<AgreementViewModel.Row> table =
                robot.lookup("#agreement-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        AgreementReport expected = gui.project
                .agreement()
                .compare(new AgreementRequest(
                        List.of("anna", "timur"), AgreementUnit.SENTENCE, List.of(), List.of(), null, false));
        assertThat(table.getItems()).hasSize(expected.codes().size() + 1);
        AgreementViewModel.Row overall = table.getItems().get(table.getItems().size() - 1);
        assertThat(overall.overall()).isTrue();
        assertThat(overall.cohenKappa()).isCloseTo(expected.overall().cohenKappa(), within(1e-12));
        assertThat(overall.krippendorffAlpha()).isCloseTo(expected.overall().krippendorffAlpha(), within(1e-12));

        robot.clickOn(row(robot, table, r -> r.code().equals(CODE)));
        TableView<CodeDisagreement> list =
                robot.lookup("#agreement-disagreements").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        // a disagreement where one coder coded and the other did not
        CodeDisagreement d = list.getItems().stream()
                .filter(x ->
                        x.codings().stream().map(CodingView::coder).distinct().count() == 1)
                .findFirst()
                .orElseThrow();
        robot.clickOn(row(robot, list, x -> x == d));
        String has = d.codersWith(List.of("anna", "timur")).get(0);
        String other = has.equals("anna") ? "timur" : "anna";
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#agreement-side-" + other).tryQuery().isPresent());
        assertThat(robot.lookup("#agreement-side-" + has).tryQuery()).isPresent();
        writeScreenshot(robot);

        List<String> before = codings(d.document());
        robot.clickOn("#agreement-keep-" + has);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> codings(d.document()).stream().anyMatch(c -> c.startsWith(other + "|"))
                        && codings(d.document()).size() > before.size());
        for (CodingView c : d.codings()) {
            assertThat(codings(d.document())).contains(other + "|" + c.code() + "|" + c.start() + "|" + c.end());
        }
        // the figures were computed again: the resolved unit is no longer listed
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> list.getItems().stream()
                        .noneMatch(x -> x.document().equals(d.document()) && x.start() == d.start()));

        robot.interact(() -> gui.workbench().transcript().view().area().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> codings(d.document()).equals(before));
        assertThat(gui.errors).isEmpty();
    }

    private static void writeScreenshot(FxRobot robot) throws Exception {
        String target = System.getProperty("caravan.screenshot.agreement");
        if (target == null) {
            return;
        }
        String size = System.getProperty("caravan.screenshot.size");
        if (size != null) {
            // e.g. 1280x720, to judge the view on a small laptop screen
            String[] wh = size.split("x");
            robot.interact(() -> {
                Stage stage = (Stage) robot.window(0);
                stage.setWidth(Double.parseDouble(wh[0]));
                stage.setHeight(Double.parseDouble(wh[1]));
            });
        }
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.window(0).getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of(target).toAbsolutePath();
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
