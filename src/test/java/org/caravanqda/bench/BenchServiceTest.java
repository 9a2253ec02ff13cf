package org.caravanqda.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.job.Progress;
import org.caravanqda.cli.BenchCommand;
import org.junit.jupiter.api.Test;

/** The harness reports its figures; their size is for docs/performance.md, not for unit tests. */
class BenchServiceTest {
    @Test
    void importsASyntheticCorpusOfTheAskedSizeAndReportsItsMetrics() {
        BenchResult r = BenchCommand.service(TestApp.app()).run(new BenchConfig(5, 2_000, null, 7), Progress.NONE);
        assertThat(r.config()).containsEntry("documents", 5).containsEntry("words", 2_000);
        assertThat(r.metrics())
                .containsKeys("import.mbPerSecond", "import.documentsPerSecond", "import.peakHeapMb", "corpus.words");
        assertThat(r.metrics().get("corpus.words")).isBetween(5 * 2_000.0, 5 * 2_100.0);
        assertThat(r.metrics().get("import.mbPerSecond")).isPositive();
        // the second, warm import of the same corpus, and the CPU both used
        assertThat(r.metrics())
                .containsKeys("import.warm.mbPerSecond", "import.warm.seconds", "import.warm.peakHeapMb");
        assertThat(r.metrics().get("import.cpuSeconds")).isPositive();
        assertThat(r.metrics().get("import.warm.cpuSeconds")).isPositive();
        // the JIT's compile time, measured (-1 would mean the JVM does not say); it may be 0 in a JVM other tests
        // warmed
        assertThat(r.metrics().get("import.compileSeconds")).isNotNegative();
        assertThat(r.metrics().get("import.warm.compileSeconds")).isNotNegative();
    }

    @Test
    void takesRealSentencesFromTreebanks() {
        var ud = SharedData.file("corpus/ud/ru_taiga-ud-dev.conllu");
        BenchResult r = BenchCommand.service(TestApp.app()).run(new BenchConfig(2, 1_000, ud, 1), Progress.NONE);
        assertThat((int) r.config().get("sentences")).isGreaterThan(500);
        assertThat(r.metrics().get("corpus.words")).isGreaterThanOrEqualTo(2_000.0);
    }
}
