package org.caravanqda.gui.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder named on the command line opens while the toolkit starts (ADR 0041): the start screen's
 * model takes it over as if it had opened it, a failure is the same failure, and a project nobody
 * took is closed, so its folder is free again.
 */
class OpeningAheadTest {
    private final Caravan app = TestApp.app();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final GuiPreferences prefs = new GuiPreferences(node);

    @TempDir
    Path tmp;

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private Path project(String name) {
        Path dir = tmp.resolve(name);
        app.create(dir, "Интервью " + name, "ru", null, false).close();
        return dir;
    }

    @Test
    void theStartScreensModelTakesTheOpenedProjectOverAndRemembersIt() {
        Path dir = project("almaty");
        List<Project> opened = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        StartViewModel vm = new StartViewModel(
                app, new Jobs(Runnable::run, Runnable::run), (what, e) -> errors.add(e), null, prefs, opened::add);

        OpeningAhead ahead = OpeningAhead.start(app, dir).orElseThrow();
        vm.open(ahead);

        assertThat(errors).isEmpty();
        assertThat(opened).hasSize(1);
        try (Project p = opened.get(0)) {
            assertThat(p.documents().projectName()).isEqualTo("Интервью almaty");
            assertThat(p.codebook().tree()).isNotEmpty();
            assertThat(prefs.recent()).contains(dir.toAbsolutePath().normalize().toString());
            ahead.release(); // taken: the window owns it, so this leaves it open
            assertThat(p.documents().list()).isEmpty();
        }
    }

    @Test
    void aProjectNobodyTookIsClosedAndItsFolderCanBeOpenedAgain() {
        Path dir = project("bishkek");
        OpeningAhead ahead = OpeningAhead.start(app, dir).orElseThrow();

        ahead.release();

        try (Project again = app.open(dir)) {
            assertThat(again.documents().projectName()).isEqualTo("Интервью bishkek");
        }
    }

    @Test
    void aFolderThatIsNoProjectFailsAsAnOpenWouldAndTheFailureIsTheStartScreens() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("interview.txt"), "Мы уехали в сентябре.");
        String direct = null;
        try {
            app.open(dir).close();
        } catch (CaravanException e) {
            direct = e.getMessage();
        }
        assertThat(direct).isNotNull();

        OpeningAhead ahead = OpeningAhead.start(app, dir).orElseThrow();
        assertThatThrownBy(ahead::take).isInstanceOf(CaravanException.class).hasMessage(direct);
        ahead.release(); // nothing was opened: nothing to close, nothing thrown
    }

    @Test
    void anEncryptedProjectIsLeftToThePasswordDialog() {
        Path dir = tmp.resolve("secret");
        char[] password = "степной ветер".toCharArray();
        app.create(dir, "Secret", "ru", null, false, password).close();

        assertThat(OpeningAhead.start(app, dir)).isEmpty();
    }
}
