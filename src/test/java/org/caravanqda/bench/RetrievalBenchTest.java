package org.caravanqda.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravanqda.TestApp;
import org.caravanqda.app.job.Progress;
import org.caravanqda.cli.BenchCommand;
import org.junit.jupiter.api.Test;

/** The retrieval figures on a small corpus: the view lists every synthetic coding. */
class RetrievalBenchTest {
    @Test
    void opensTheRetrievalViewOnEverySyntheticCoding() {
        BenchResult r =
                BenchCommand.service(TestApp.app()).run(new BenchConfig(3, 2_000, null, 7, 0, 0, 500), Progress.NONE);
        assertThat(r.metrics().get("retrieval.segments")).isEqualTo(500.0);
        assertThat(r.metrics().get("retrieval.openSeconds")).isPositive();
        assertThat(r.metrics()).containsKeys("retrieval.openFirstSeconds", "retrieval.sortSeconds");
        assertThat(r.config().get("retrievalSegments")).isEqualTo(500);
    }
}
