package org.caravanqda.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machine faults told apart from bugs by their exception chains, each in one line that says what to do. */
class FaultsTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskIsFoundAnywhereInTheChainAndNamesTheDevicesFolder() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("p"));
        Throwable lucene = new UncheckedIOException(new IOException("No space left on device"));
        Throwable pooled = new IllegalStateException("indexing failed", new ExecutionException(lucene));
        Throwable suppressed = new RuntimeException("closing");
        suppressed.addSuppressed(lucene);

        for (Throwable t : List.of(lucene, pooled, suppressed)) {
            assertThat(Faults.kind(t, project, List.of())).isEqualTo(Faults.Kind.DISK_FULL);
            assertThat(Faults.explain(t, project, List.of()))
                    .isEqualTo("no space left on the device holding " + project.toAbsolutePath()
                            + ": free some space (or move the project to a disk with room) and run the command again");
        }
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        FileSystemException windows = new FileSystemException(
                exports.resolve("out.xlsx").toString(), null, "There is not enough space on the disk");
        assertThat(Faults.explain(windows, project, List.of()))
                .as("the file the JDK names wins")
                .startsWith("no space left on the device holding " + exports.toAbsolutePath());
    }

    @Test
    void theProjectFolderMovedAwayIsSaidSoWhenAnIoFailureMeetsAMissingFolder() {
        Path gone = tmp.resolve("renamed-meanwhile");
        Throwable t = new UncheckedIOException(
                new NoSuchFileException(gone.resolve("index/_0.cfs").toString()));
        assertThat(Faults.explain(t, gone, List.of()))
                .startsWith("the folder " + gone.toAbsolutePath() + " was moved, renamed or deleted");
        assertThat(Faults.kind(new IllegalArgumentException("a bug"), gone, List.of()))
                .as("no I/O failure: a bug, whatever the folder")
                .isNull();
    }

    @Test
    void outOfMemorySaysSoAndWhatToDo() {
        Throwable t = new IllegalStateException("indexing failed", new OutOfMemoryError("Java heap space"));
        assertThat(Faults.explain(t, tmp, List.of()))
                .startsWith("out of memory (Java may use ")
                .contains("-Xmx2g");
    }

    @Test
    void bugsAndBadInputAreNoMachineFaults() {
        assertThat(Faults.explain(new NullPointerException(), tmp, List.of())).isNull();
        assertThat(Faults.explain(new UncheckedIOException(new IOException("Input/output error")), tmp, List.of()))
                .as("an I/O error on a folder that is there, with room")
                .isNull();
        assertThat(Faults.cause(new CaravanException("bad input"), tmp)).isEqualTo("bad input");
        assertThat(Faults.cause(new NullPointerException(), tmp)).startsWith("internal error (NullPointerException)");
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertThat(Faults.chain(b)).hasSize(2);
    }
}
