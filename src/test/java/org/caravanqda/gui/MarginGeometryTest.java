package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.transcript.Colors;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.fxmisc.richtext.InlineCssTextArea;
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
 * The coding margin in the real window (demo project, one coder's codings shown): each stripe
 * runs from the line where its coding starts to the line where it ends, separate codings in one
 * paragraph keep their own stripes and labels, labels that do not fit open from a "+N" badge, and
 * a click on a stripe, a label or a listed coding shows that coding in the Coding tab.
 * {@code -Dcaravan.screenshot.margin=FILE.png} also writes the window as docs/gui.md shows it
 * ({@code -Dcaravan.screenshot.size=1280x720} resizes it first).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MarginGeometryTest extends HeadlessFx {
    @TempDir
    static Path tmp;

    private final GuiHarness gui = new GuiHarness();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        if (System.getProperty("caravan.screenshot.margin") != null) {
            GuiHarness.applicationLook();
        }
        gui.show(stage, GuiHarness.demo(tmp.resolve("margin-" + System.nanoTime())), "tester");
    }

    @AfterEach
    void close() throws Exception {
        gui.close();
    }

    /** Daniel's first long answer (paragraph 2 of en-01) and the interviewer's first question (paragraph 0). */
    private record Place(String document, String text, int answer, int answerEnd, int question, int questionEnd) {}

    private Place open(FxRobot robot) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        gui.awaitLoaded();
        DocumentListing daniel = vm.documents().shown().stream()
                .filter(d -> d.name().startsWith("en-01"))
                .findFirst()
                .orElseThrow();
        String text = gui.project.documents().transcript(daniel.name()).text();
        int answer = text.indexOf("Daniel: Sure.");
        int answerEnd = text.indexOf('\n', answer);
        Place place = new Place(daniel.name(), text, answer, answerEnd, 0, text.indexOf('\n'));
        robot.interact(() -> vm.transcript().showOtherCodersProperty().set(false));
        return place;
    }

    private void show(FxRobot robot, String document, int codings) throws Exception {
        WorkbenchViewModel vm = gui.workbench().viewModel();
        ListView<DocumentListing> documents = robot.lookup("#documents").queryListView();
        robot.interact(() -> documents
                .getSelectionModel()
                .select(vm.documents().shown().stream()
                        .filter(d -> d.name().equals(document))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.transcript().visibleCodings().size() == codings);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // the margin's cells are laid out on the next pulse
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> leafCodes(int n) {
        return gui.workbench().viewModel().codebook().codablePaths().stream()
                .filter(p -> p.contains("/"))
                .limit(n)
                .toList();
    }

    @Test
    void stripesRunFromTheStartLineToTheEndLineAndAClickShowsTheCoding(FxRobot robot) throws Exception {
        Place p = open(robot);
        String speech = p.text().substring(p.answer(), p.answerEnd());
        assertThat(speech.length())
                .as("a paragraph that wraps over several lines")
                .isGreaterThan(250);
        List<String> codes = leafCodes(3);
        // three separate codings in one paragraph: its first words, its middle, its last words
        int mid = p.answer() + speech.length() / 2;
        List<int[]> spans = List.of(new int[] {p.answer() + 8, p.answer() + 40}, new int[] {mid, mid + 50}, new int[] {
            p.answerEnd() - 60, p.answerEnd()
        });
        for (int i = 0; i < 3; i++) {
            gui.project
                    .codings()
                    .code(new CodeRequest(
                            p.document(), spans.get(i)[0], spans.get(i)[1], null, null, codes.get(i), "tester", null));
        }
        show(robot, p.document(), 3);

        InlineCssTextArea area = gui.workbench().transcript().view().area();
        List<Node> bars = new ArrayList<>(robot.lookup(".margin-stripe").queryAll());
        assertThat(bars).as("one stripe per coding").hasSize(3);
        List<Double> lefts = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        for (int[] span : spans) {
            Node bar = bars.stream()
                    .filter(b -> ((org.caravanqda.gui.transcript.Margin.Stripe) b.getUserData())
                                    .mark()
                                    .start()
                            == span[0])
                    .findFirst()
                    .orElseThrow();
            Bounds stripe = WaitForAsyncUtils.asyncFx(() -> bar.localToScreen(bar.getBoundsInLocal()))
                    .get();
            Bounds first = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(span[0], span[0] + 1)
                            .orElseThrow())
                    .get();
            Bounds last = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(span[1] - 1, span[1])
                            .orElseThrow())
                    .get();
            assertThat(stripe.getMinY()).as("top at the start line").isCloseTo(first.getMinY(), within(2.5));
            assertThat(stripe.getMaxY()).as("bottom at the end line").isCloseTo(last.getMaxY(), within(2.5));
            lefts.add(stripe.getMinX());
            ranges.add(new double[] {stripe.getMinY(), stripe.getMaxY()});
        }
        // the first words' stripe ends above where the last words' begins: not one bar over the turn
        assertThat(ranges.get(0)[1]).isLessThan(ranges.get(2)[0]);
        assertThat(lefts).as("each in a lane of its own").doesNotHaveDuplicates();

        // each coding has its own label, at its own line
        List<Label> labels = robot.lookup(".margin-label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .toList();
        for (int i = 0; i < 3; i++) {
            String leaf = codes.get(i).substring(codes.get(i).lastIndexOf('/') + 1);
            Label label = labels.stream()
                    .filter(l -> l.getText().equals(leaf))
                    .findFirst()
                    .orElseThrow();
            Bounds at = WaitForAsyncUtils.asyncFx(() -> label.localToScreen(label.getBoundsInLocal()))
                    .get();
            assertThat(at.getMinY()).as(leaf + " beside its start line").isCloseTo(ranges.get(i)[0], within(3.0));
            // its text reads on white (WCAG AA)
            String fill = label.getStyle().replaceAll(".*-fx-text-fill: (#[0-9a-f]{6}).*", "$1");
            assertThat(Colors.contrast(fill, "#ffffff")).isGreaterThanOrEqualTo(4.5);
        }

        // a click on the middle stripe selects that coding and shows it in the Coding tab
        Node middleBar = bars.stream()
                .filter(b -> ((org.caravanqda.gui.transcript.Margin.Stripe) b.getUserData())
                                .mark()
                                .start()
                        == spans.get(1)[0])
                .findFirst()
                .orElseThrow();
        Bounds middle = WaitForAsyncUtils.asyncFx(() -> middleBar.localToScreen(middleBar.getBoundsInLocal()))
                .get();
        robot.clickOn(middle.getMinX() + middle.getWidth() / 2, (ranges.get(1)[0] + ranges.get(1)[1]) / 2);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CodingMark> details = robot.lookup("#coding-details").queryListView();
        assertThat(details.getItems()).singleElement().satisfies(m -> {
            assertThat(m.start()).isEqualTo(spans.get(1)[0]);
            assertThat(m.codePath()).isEqualTo(codes.get(1));
        });
        assertThat(area.getSelection().getStart()).isEqualTo(spans.get(1)[0]);
        assertThat(area.getSelection().getEnd()).isEqualTo(spans.get(1)[1]);
        TabPane lower = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(t -> t.getTabs().stream().anyMatch(tab -> tab.getText().equals("Coding")))
                .findFirst()
                .orElseThrow();
        assertThat(lower.getSelectionModel().getSelectedItem().getText()).isEqualTo("Coding");

        // a click on a label does the same for its coding
        String leaf0 = codes.get(0).substring(codes.get(0).lastIndexOf('/') + 1);
        robot.clickOn(labels.stream()
                .filter(l -> l.getText().equals(leaf0))
                .findFirst()
                .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details.getItems())
                .singleElement()
                .satisfies(m -> assertThat(m.start()).isEqualTo(spans.get(0)[0]));
        screenshot(robot);

        // the transcript's context menu: the coding under the selection can be removed from it
        Bounds word = WaitForAsyncUtils.asyncFx(
                        () -> area.getCharacterBoundsOnScreen(spans.get(0)[0] + 2, spans.get(0)[0] + 3)
                                .orElseThrow())
                .get();
        robot.rightClickOn(word.getMinX() + 2, word.getMinY() + word.getHeight() / 2);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = area.getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        javafx.scene.control.Menu remove = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "Remove coding".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        assertThat(remove.getItems()).extracting(MenuItem::getText).containsExactly(codes.get(0) + " · tester");
        assertThat(menu.getItems())
                .extracting(MenuItem::getText)
                .contains("Code with…", "Recent codes", "New code from selection…", "Memo on coding…", "Copy");
        robot.interact(() -> {
            menu.hide();
            remove.getItems().get(0).fire();
        });
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> gui.project
                        .codings()
                        .codings(p.document(), codes.get(0), "tester")
                        .isEmpty());
        assertThat(gui.errors).isEmpty();
    }

    @Test
    void labelsThatDoNotFitAreListedFromThePlusBadge(FxRobot robot) throws Exception {
        Place p = open(robot);
        List<String> codes = leafCodes(6);
        // six codings beginning on the interviewer's one-line question: room for one label
        String question = p.text().substring(0, p.questionEnd());
        String[] words = {"Thanks", "agreeing", "English", "Could", "telling", "yourself"};
        for (int i = 0; i < 6; i++) {
            int at = question.indexOf(words[i]);
            gui.project
                    .codings()
                    .code(new CodeRequest(
                            p.document(), at, p.questionEnd() - 1, null, null, codes.get(i), "tester", null));
        }
        show(robot, p.document(), 6);

        Label more = robot.lookup(".margin-more").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .findFirst()
                .orElseThrow();
        long shown = robot.lookup(".margin-label").queryAll().stream()
                .filter(Node::isVisible)
                .count();
        assertThat(shown).isGreaterThanOrEqualTo(1);
        assertThat(more.getText()).isEqualTo("+" + (6 - shown));
        assertThat(more.getTooltip().getText().split("\n")).hasSize((int) (6 - shown));

        robot.clickOn(more);
        WaitForAsyncUtils.waitForFxEvents();
        List<MenuItem> items = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                        .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                        .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                        .filter(i -> i.getStyleClass().contains("margin-overflow-item"))
                        .toList())
                .get();
        assertThat(items).hasSize((int) (6 - shown));
        // the last coding (starting at "yourself") is among the hidden ones; choosing it shows it
        MenuItem last = items.stream()
                .filter(i -> i.getText().startsWith(codes.get(5) + " "))
                .findFirst()
                .orElseThrow();
        robot.interact(last::fire);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<CodingMark> details = robot.lookup("#coding-details").queryListView();
        assertThat(details.getItems())
                .singleElement()
                .satisfies(m -> assertThat(m.codePath()).isEqualTo(codes.get(5)));
        assertThat(gui.errors).isEmpty();
    }

    private void screenshot(FxRobot robot) throws Exception {
        String target = System.getProperty("caravan.screenshot.margin");
        if (target == null) {
            return;
        }
        String[] size =
                System.getProperty("caravan.screenshot.size", "1600x1000").split("x");
        robot.interact(() -> {
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
        });
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        GuiHarness.screenshot(robot, Path.of(target));
    }
}
