package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravanqda.Main;
import org.caravanqda.app.Adapters;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.search.FaultyIndexes;
import org.caravanqda.app.search.FaultyIndexes.At;
import org.caravanqda.io.codebook.BundledCodebook;
import org.caravanqda.io.codebook.CodebookFormats;
import org.caravanqda.io.refi.RefiQdpxFormat;
import org.caravanqda.io.table.CsvTableReader;
import org.caravanqda.io.text.Readers;
import org.caravanqda.search.LuceneSearchIndexes;
import org.caravanqda.store.H2ProjectStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22, "honest failures": exit 1 means nothing changed. A fault after the store's commit
 * (the search index update hitting a full disk, running out of memory, the project folder moved
 * away) cannot undo the commit, so the command succeeds with one warning line; the same fault
 * before the commit changes nothing and says what happened in one line (exit 1), never "internal
 * error". The faults are injected through the search index adapter (FaultyIndexes).
 */
class HonestFailuresCliTest {
    @TempDir
    Path tmp;

    private final FaultyIndexes indexes = new FaultyIndexes(new LuceneSearchIndexes());
    private final Caravan app = new Caravan(new Adapters(
            new H2ProjectStores(),
            indexes,
            Readers.all(),
            CodebookFormats.all(),
            new CsvTableReader(),
            new BundledCodebook(),
            Main.application().exporters(),
            new RefiQdpxFormat()));

    private Path project;
    private Path second;

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CaravanCli(app, new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), t -> null)
                .run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @BeforeEach
    void init() throws IOException {
        project = tmp.resolve("p");
        assertThat(run("init", "-p", project.toString()).exit()).isZero();
        Path first = Files.writeString(
                tmp.resolve("first.txt"), "И: Как вы уехали?\n\nР: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
        assertThat(run("import", "-p", project.toString(), first.toString()).exit())
                .isZero();
        second = Files.writeString(
                tmp.resolve("second.txt"),
                "И: Где вы живёте?\n\nР: В Алматы, снимаем квартиру.\n",
                StandardCharsets.UTF_8);
    }

    private static UncheckedIOException diskFull() {
        return new UncheckedIOException(new IOException("No space left on device"));
    }

    private String documents(Path dir) {
        return run("documents", "-p", dir.toString()).out();
    }

    private static List<String> lines(String err, String prefix) {
        return err.lines().filter(l -> l.startsWith(prefix)).toList();
    }

    private void assertTheNextSearchFindsTheSecondDocument() {
        assertThat(run("search", "-p", project.toString(), "--in", "units", "Алматы")
                        .out())
                .as("the next search brings the index up")
                .contains("second");
    }

    @Test
    void aFullDiskWhileTheIndexCatchesUpAfterTheImportIsAWarningAndTheImportStands() {
        indexes.arm(At.COMMIT, HonestFailuresCliTest::diskFull);

        CliRun r = run("import", "-p", project.toString(), second.toString());

        assertThat(r.exit()).as(r.err()).isZero(); // before: exit 3 ("internal error") with the document committed
        assertThat(lines(r.err(), "caravan: ")).hasSize(1);
        assertThat(lines(r.err(), "caravan: warning: ").get(0))
                .contains("the 1 documents are imported and saved")
                .contains("no space left on the device holding " + project.toAbsolutePath())
                .contains("the next search, or caravan check, does it");
        assertThat(r.out()).contains("imported 1 documents");
        assertThat(documents(project)).contains("second");

        indexes.disarm();
        assertTheNextSearchFindsTheSecondDocument();
    }

    @Test
    void aFullDiskWhileTheIndexWritesItsBuffersDuringTheStoresCommitIsAWarningAndTheImportStands() {
        indexes.arm(At.FLUSH, HonestFailuresCliTest::diskFull);

        CliRun r = run("import", "-p", project.toString(), second.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.err(), "caravan: ")).hasSize(1);
        assertThat(lines(r.err(), "caravan: warning: ").get(0))
                .contains("the 1 documents are imported and saved")
                .contains("no space left on the device holding " + project.toAbsolutePath());
        assertThat(documents(project)).contains("second");

        indexes.disarm();
        assertTheNextSearchFindsTheSecondDocument();
    }

    @Test
    void outOfMemoryAfterTheImportsCommitIsAWarningToo() {
        indexes.arm(At.COMMIT, () -> new OutOfMemoryError("Java heap space"));

        CliRun r = run("import", "-p", project.toString(), second.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.err(), "caravan: warning: ").get(0)).contains("out of memory");
        assertThat(documents(project)).contains("second");
    }

    @Test
    void theProjectFolderMovedAwayAfterTheCommitIsAWarningThatSaysSo() {
        Path moved = tmp.resolve("moved");
        indexes.arm(At.COMMIT, () -> {
            try {
                Files.move(project, moved); // mv of the folder mid-import: H2 keeps writing to its open file
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new UncheckedIOException(new NoSuchFileException(
                    project.resolve("index").resolve("_1.cfs").toString()));
        });

        CliRun r = run("import", "-p", project.toString(), second.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.err(), "caravan: warning: ").get(0))
                .contains("the folder " + project.toAbsolutePath() + " was moved, renamed or deleted");
        indexes.disarm();
        assertThat(documents(moved))
                .as("the import is in the folder where it went")
                .contains("second");
    }

    @Test
    void aFullDiskBeforeTheCommitChangesNothingAndSaysSoInOneLine() {
        String before = documents(project);
        indexes.arm(At.UPDATE, HonestFailuresCliTest::diskFull);

        CliRun r = run("import", "-p", project.toString(), second.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(lines(r.err(), "caravan: ")).hasSize(1);
        assertThat(lines(r.err(), "caravan: ").get(0))
                .startsWith("caravan: no space left on the device holding " + project.toAbsolutePath())
                .doesNotContain("internal error")
                .doesNotContain("damaged");
        assertThat(r.err()).doesNotContain("\tat ");
        indexes.disarm();
        assertThat(documents(project)).isEqualTo(before);
    }

    @Test
    void outOfMemoryBeforeTheCommitChangesNothingAndSaysWhatToDo() {
        String before = documents(project);
        indexes.arm(At.UPDATE, () -> new OutOfMemoryError("Java heap space"));

        CliRun r = run("import", "-p", project.toString(), second.toString());

        assertThat(r.exit()).as(r.err()).isEqualTo(1); // before: exit 3, "internal error (IllegalStateException)"
        assertThat(lines(r.err(), "caravan: ")).hasSize(1);
        assertThat(lines(r.err(), "caravan: ").get(0)).contains("out of memory").contains("-Xmx");
        indexes.disarm();
        assertThat(documents(project)).isEqualTo(before);
    }

    @Test
    void autoCodingWhoseIndexUpdateFailsKeepsItsCodingsAndWarns() {
        indexes.arm(At.COMMIT, HonestFailuresCliTest::diskFull);

        CliRun r = run("autocode", "-p", project.toString(), "--query", "Ларс", "--code", "Departure");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.err(), "caravan: warning: ").get(0))
                .contains("codings are saved")
                .contains("no space left on the device holding");
        indexes.disarm();
        assertThat(run("codings", "-p", project.toString()).out()).contains("Departure");
    }
}
