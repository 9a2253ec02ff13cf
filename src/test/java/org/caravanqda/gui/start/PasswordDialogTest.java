package org.caravanqda.gui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.caravanqda.gui.HeadlessFx;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The password dialog, headless: it says why the last password was refused and hands back what was typed. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PasswordDialogTest extends HeadlessFx {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void showsTheProblemAndReturnsTheTypedPassword(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() ->
                answer.complete(new PasswordDialog(stage).ask(Path.of("thesis"), "wrong password for project thesis")));
        waitUntilShown(robot);
        assertThat(robot.lookup("#password-problem").queryAs(Label.class).getText())
                .isEqualTo("wrong password for project thesis");
        robot.clickOn("#project-password").write("secret words").type(KeyCode.ENTER);
        assertThat(new String(answer.get(10, TimeUnit.SECONDS).orElseThrow())).isEqualTo("secret words");
    }

    /** The dialog's window is showing and its password field laid out on screen (a lookup alone can come first). */
    private static void waitUntilShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#project-password")
                        .tryQuery()
                        .filter(n -> n.isVisible()
                                && n.getScene() != null
                                && n.getScene().getWindow() != null
                                && n.getScene().getWindow().isShowing()
                                && n.localToScreen(n.getBoundsInLocal()) != null
                                && n.localToScreen(n.getBoundsInLocal()).getWidth() > 0)
                        .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelGivesNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new PasswordDialog(stage).ask(Path.of("thesis"), null)));
        waitUntilShown(robot);
        assertThat(robot.lookup("#password-problem").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
