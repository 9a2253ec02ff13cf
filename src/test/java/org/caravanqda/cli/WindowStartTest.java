package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.port.Desktop;
import org.junit.jupiter.api.Test;

/**
 * The window's usual starts read without picocli (ADR 0042) open what {@code caravan gui} opens and
 * fail as it fails; anything else is left to picocli.
 */
class WindowStartTest {
    private final List<Path> opened = new ArrayList<>();

    @Test
    void readsTheWindowsUsualArgumentsAndLeavesTheRestToPicocli() {
        assertThat(WindowStart.of())
                .hasValueSatisfying(w -> assertThat(w.project()).isNull());
        assertThat(WindowStart.of("gui"))
                .hasValueSatisfying(w -> assertThat(w.project()).isNull());
        assertThat(WindowStart.of("gui", "-p", "thesis"))
                .hasValueSatisfying(w -> assertThat(w.project()).isEqualTo("thesis"));
        assertThat(WindowStart.of("gui", "--project", "Мои интервью"))
                .hasValueSatisfying(w -> assertThat(w.project()).isEqualTo("Мои интервью"));

        for (String[] other : List.of(
                new String[] {"gui", "--help"},
                new String[] {"gui", "-p"},
                new String[] {"gui", "-p", "--help"},
                new String[] {"gui", "-p", ""},
                new String[] {"gui", "-p", "thesis", "extra"},
                new String[] {"gui", "--project=thesis"},
                new String[] {"stats", "-p", "thesis"},
                new String[] {"-p", "thesis"})) {
            assertThat(WindowStart.of(other)).as(String.join(" ", other)).isEmpty();
        }
    }

    @Test
    void opensTheSameFolderAsTheGuiCommand() {
        Caravan app = app(opened::add);
        StringWriter err = new StringWriter();
        CaravanCli cli = new CaravanCli(app, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(cli.run("gui", "-p", "thesis")).isZero();
        assertThat(WindowStart.of("gui", "-p", "thesis").orElseThrow().open(app, new PrintWriter(err)))
                .hasValue(0);
        assertThat(WindowStart.of().orElseThrow().open(app, new PrintWriter(err)))
                .hasValue(0);

        assertThat(opened).containsExactly(Path.of("thesis"), Path.of("thesis"), null);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aWindowThatCannotOpenSaysWhyInTheGuiCommandsOneLine() {
        Caravan app = app(Desktop.NONE);
        StringWriter viaPicocli = new StringWriter();
        int picocli = new CaravanCli(app, new PrintWriter(new StringWriter()), new PrintWriter(viaPicocli))
                .run("gui", "-p", "thesis");
        StringWriter direct = new StringWriter();

        OptionalInt exit = WindowStart.of("gui", "-p", "thesis").orElseThrow().open(app, new PrintWriter(direct));

        assertThat(exit).hasValue(picocli).hasValue(1);
        assertThat(direct.toString()).isEqualTo(viaPicocli.toString()).startsWith("caravan: this Caravan has no");
    }

    @Test
    void aBugIsOneLineAndExitThree() {
        Caravan app = app(dir -> {
            throw new IllegalStateException("a bug");
        });
        StringWriter err = new StringWriter();

        OptionalInt exit = WindowStart.of("gui").orElseThrow().open(app, new PrintWriter(err));

        assertThat(exit).hasValue(3);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("caravan: internal error");
    }

    @Test
    void aServerAddressThatDoesNotParseIsLeftToPicocliWithNothingOpened() {
        Caravan app = app(opened::add);
        StringWriter err = new StringWriter();

        OptionalInt exit = WindowStart.of("gui", "-p", "postgresql://anna:secret@host/thesis")
                .orElseThrow()
                .open(app, new PrintWriter(err));

        assertThat(exit).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    private static Caravan app(Desktop desktop) {
        return org.caravanqda.TestApp.withDesktop(desktop);
    }
}
