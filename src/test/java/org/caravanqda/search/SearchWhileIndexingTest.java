package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches keep answering, completely, while the index is being rebuilt. */
class SearchWhileIndexingTest {
    @TempDir
    Path tmp;

    @Test
    void searchesDuringARebuildSeeTheLastCommittedIndex() throws Exception {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        try (Project p = TestApp.app().open(tmp.resolve("demo"))) {
            long expected = p.search()
                    .search("code:\"Exit as voice\"", SearchScope.SEGMENTS, 5, false)
                    .total();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> rebuilds = pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        p.search().sync().rebuild(Progress.NONE);
                    }
                });
                List<Long> seen = new ArrayList<>();
                while (!rebuilds.isDone()) {
                    seen.add(p.search().facts().segments());
                    seen.add(p.search()
                            .search("code:\"Exit as voice\"", SearchScope.SEGMENTS, 5, false)
                            .total());
                }
                rebuilds.get();
                assertThat(seen).isNotEmpty().allSatisfy(n -> assertThat(n).isIn(expected, 90L));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
