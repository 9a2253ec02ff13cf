package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run (ADR 0034): every command in it must really run, or the archive silently misses the
 * classes of the commands researchers call most; and it leaves nothing behind.
 */
class ClassArchiveTrainingTest {
    @TempDir
    Path tmp;

    @Test
    void everyTrainingCommandRunsOnTheDemoAndTheFolderIsGone() throws Exception {
        List<String> failed = ClassArchiveTraining.run(Main::application, tmp);

        assertThat(failed).as("commands that failed in the training run").isEmpty();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the training's demo project is deleted").isEmpty();
        }
    }

    @Test
    void theTrainingCoversTheCommandsWhoseStartIsMeasured() {
        List<String> names =
                ClassArchiveTraining.commands("D").stream().map(c -> c.get(0)).toList();
        // docs/performance.md's targets: stats, documents, codings (0.5 s), search and code (0.8 s)
        assertThat(names).contains("stats", "documents", "codings", "search", "code");
    }
}
