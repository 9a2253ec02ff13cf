package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.caravanqda.Main;
import org.junit.jupiter.api.Test;

/**
 * What a second thread reads ahead of picocli (ADR 0043): the classes whose annotations picocli reads to build the
 * models of that command line, and no command's that it does not need.
 */
class AnnotationsAheadTest {
    @Test
    void aCommandIsReadWithItsMixinsTheRootAndHelp() {
        List<Class<?>> read = CaravanCli.readAnnotationsAhead("codings", "-p", "demo");

        assertThat(read)
                .containsExactlyInAnyOrder(
                        CaravanCli.class, HelpCommand.class, CodingsCommand.class, ProjectOption.class);
    }

    @Test
    void aSubcommandIsReadWithItsParentAndNoneOfItsSiblings() {
        List<Class<?>> read = CaravanCli.readAnnotationsAhead("codebook", "add", "-p", "demo", "Topic");

        assertThat(read)
                .contains(CodebookCommand.class, CodebookCommand.Add.class, ProjectOption.class)
                .doesNotContain(CodebookCommand.Delete.class, CodebookCommand.Import.class);
    }

    @Test
    void aSubcommandsAliasNamesIt() {
        assertThat(CaravanCli.readAnnotationsAhead("codebook", "recolor", "Topic", "#ff0000"))
                .contains(CodebookCommand.class, CodebookCommand.Recolour.class)
                .doesNotContain(CodebookCommand.Rename.class);
    }

    @Test
    void anUnknownCommandOrNoneReadsTheRootAlone() {
        assertThat(CaravanCli.readAnnotationsAhead("no-such-command", "x"))
                .containsExactlyInAnyOrder(CaravanCli.class, HelpCommand.class);
        assertThat(CaravanCli.readAnnotationsAhead()).containsExactlyInAnyOrder(CaravanCli.class, HelpCommand.class);
    }

    @Test
    void readingAheadChangesNothingTheCommandLineDoes() {
        StringWriter before = new StringWriter();
        new CaravanCli(Main.application(), new PrintWriter(before), new PrintWriter(new StringWriter()))
                .run("codebook", "--help");
        CaravanCli.readAnnotationsAhead("codebook", "--help");
        StringWriter after = new StringWriter();
        new CaravanCli(Main.application(), new PrintWriter(after), new PrintWriter(new StringWriter()))
                .run("codebook", "--help");

        assertThat(after.toString()).isEqualTo(before.toString()).contains("Usage: caravan codebook");
    }
}
