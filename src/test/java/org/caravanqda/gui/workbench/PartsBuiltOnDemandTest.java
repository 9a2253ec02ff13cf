package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.caravanqda.app.Project;
import org.caravanqda.gui.HeadlessFx;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ADR 0042: what the first frame of a project does not show is built when it is needed. The
 * transcript's text area comes with the first document opened or just after the first frame with
 * the lists; the Search and Code tabs get their content when first selected.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PartsBuiltOnDemandTest extends HeadlessFx {
    private static final String TEXT =
            "Интервьюер: Почему Алматы?\r\n\r\nМарина: Там уже были друзья. И работа — удалённо.\r\n";

    @TempDir
    Path tmp;

    private final List<Throwable> errors = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private Project project;
    private WorkbenchViewModel vm;
    private WorkbenchView view;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        project = InlineWorkbench.projectWith(tmp, "ru-01.txt", TEXT);
        WaitForAsyncUtils.asyncFx(() -> {
                    stage = new Stage();
                    // jobs run inline: each call below has finished when it returns
                    vm = InlineWorkbench.viewModel(project, errors, node, "anna");
                    view = new WorkbenchView(vm, stage, () -> {});
                })
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(10, TimeUnit.SECONDS);
        project.close();
        node.removeNode();
    }

    @Test
    void theFirstDocumentOpenedBuildsTheAreaShowingItWithItsMenus() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    styledWithoutAWindow();
                    assertThat(view.root().lookup(".transcript"))
                            .as("the text area before any document or frame")
                            .isNull();

                    vm.openDocument("ru-01.txt");

                    Node built = view.root().lookup(".transcript");
                    assertThat(built).isInstanceOf(InlineCssTextArea.class);
                    InlineCssTextArea area = (InlineCssTextArea) built;
                    // carriage returns are shown as spaces, so every offset stays the stored text's
                    assertThat(area.getText()).isEqualTo(TEXT.replace('\r', ' '));
                    assertThat(area.getContextMenu())
                            .as("the transcript's menu")
                            .isNotNull();
                    assertThat(area.getOnContextMenuRequested())
                            .as("the player's Play from here")
                            .isNotNull();
                    assertThat(view.transcript().view().area()).isSameAs(area);
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(errors).isEmpty();
    }

    @Test
    void aWorkbenchBuiltWhileADocumentIsOpenShowsItAtOnce() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.openDocument("ru-01.txt");
                    view = new WorkbenchView(vm, stage, () -> {});
                    styledWithoutAWindow();

                    Node built = view.root().lookup(".transcript");
                    assertThat(built).isInstanceOf(InlineCssTextArea.class);
                    assertThat(((InlineCssTextArea) built).getText()).isEqualTo(TEXT.replace('\r', ' '));
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutADocumentTheAreaIsBuiltJustAfterTheFirstFrameWithTheLists() throws Exception {
        AtomicReference<Boolean> areaAtFirstFrame = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.reload();
                    Scene scene = new Scene(view.root(), 1280, 720);
                    // after the pane's own listener, which only queues the build
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        scene.removePostLayoutPulseListener(listener[0]);
                        areaAtFirstFrame.set(view.root().lookup(".transcript") != null);
                    };
                    scene.addPostLayoutPulseListener(listener[0]);
                    stage.setScene(scene);
                    stage.show();
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> areaAtFirstFrame.get() != null);

        assertThat(areaAtFirstFrame.get()).as("a text area in the first frame").isFalse();
        assertThat(vm.documents().shown()).hasSize(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.root().lookup(".transcript") != null);
        assertThat(vm.transcript().transcriptProperty().get())
                .as("no document opened")
                .isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void aWorkbenchTheWindowLeftBeforeItsFirstReadBuildsNoArea() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Scene scene = new Scene(view.root(), 1280, 720);
                    stage.setScene(scene);
                    stage.show(); // no read yet: the pane waits for a frame with the lists
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().setRoot(new javafx.scene.layout.StackPane()))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents(); // a pulse with the other root

        WaitForAsyncUtils.asyncFx(() -> vm.reload()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // pulses with the read applied

        assertThat(vm.revisionProperty().get()).isPositive();
        assertThat(view.root().lookup(".transcript"))
                .as("an area for a workbench no longer shown")
                .isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void theSearchAndCodeTabsGetTheirContentWhenFirstSelected() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    styledWithoutAWindow();
                    Tab search = tab("Search");
                    Tab code = tab("Code");
                    assertThat(search.getContent()).isNull();
                    assertThat(code.getContent()).isNull();

                    view.showSearch();
                    assertThat(search.isSelected()).isTrue();
                    assertThat(search.getContent().lookup("#search-query")).isNotNull();

                    code.getTabPane().getSelectionModel().select(code);
                    assertThat(code.getContent()).isNotNull();
                    Node editor = code.getContent();
                    code.getTabPane().getSelectionModel().select(0);
                    code.getTabPane().getSelectionModel().select(code);
                    assertThat(code.getContent()).as("built once").isSameAs(editor);
                })
                .get(10, TimeUnit.SECONDS);
    }

    /** In a scene with skins (lookups reach into split and tab panes), in no window: no frame is drawn. */
    private void styledWithoutAWindow() {
        new Scene(view.root(), 1280, 720);
        view.root().applyCss();
    }

    private Tab tab(String title) {
        return view.root().lookupAll(".tab-pane").stream()
                .map(TabPane.class::cast)
                .flatMap(p -> p.getTabs().stream())
                .filter(t -> t.getText().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
