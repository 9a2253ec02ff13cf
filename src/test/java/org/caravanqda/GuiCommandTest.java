package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.Caravan;
import org.caravanqda.cli.CaravanCli;
import org.junit.jupiter.api.Test;

/** {@code caravan gui [-p DIR]} reaches the desktop through the app port, so the CLI never imports the GUI. */
class GuiCommandTest {
    @Test
    void guiCommandOpensTheDesktopWithTheProject() {
        List<Path> opened = new ArrayList<>();
        Caravan app = TestApp.withDesktop(opened::add);
        StringWriter err = new StringWriter();
        CaravanCli cli = new CaravanCli(app, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(cli.run("gui", "-p", "thesis")).isZero();
        assertThat(cli.run("gui")).isZero();

        assertThat(opened).containsExactly(Path.of("thesis"), null);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void mainWiresTheJavaFxDesktop() {
        assertThat(Main.application().desktop()).isInstanceOf(org.caravanqda.gui.FxDesktop.class);
    }
}
