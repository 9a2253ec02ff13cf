package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived: deleted, damaged or stale, it is rebuilt or caught up from the store. */
class IndexRepairTest {
    @TempDir
    Path tmp;

    Path dir;

    @BeforeEach
    void demo() {
        dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
    }

    private long hits(Project p, String q) {
        return p.search().search(q, SearchScope.SEGMENTS, 10, false).total();
    }

    @Test
    void aDeletedIndexIsRebuiltOnTheNextSearch() throws IOException {
        long expected;
        try (Project p = TestApp.app().open(dir)) {
            expected = hits(p, "code:\"Economic push\"");
        }
        deleteTree(dir.resolve("index"));
        try (Project p = TestApp.app().open(dir)) {
            assertThat(hits(p, "code:\"Economic push\"")).isEqualTo(expected).isPositive();
        }
    }

    @Test
    void aDamagedIndexIsThrownAwayAndRebuilt() throws IOException {
        try (Project p = TestApp.app().open(dir)) {
            hits(p, "Bishkek");
        }
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).isTrue();
            assertThat(r.repairs()).isNotEmpty();
            assertThat(r.index().segments()).isEqualTo(90);
            assertThat(r.index().units()).isEqualTo(r.store().get("units"));
        }
    }

    @Test
    void changesMadeWithoutTheIndexAreCaughtUpAndReindexIsIdempotent() {
        try (Project p = TestApp.app().open(dir)) {
            hits(p, "Bishkek");
        }
        // a process that never opened the index (e.g. `caravan code`) adds a coding
        try (Project p = TestApp.app().open(dir)) {
            p.codings().code(new CodeRequest("en-02-almaty-vera", null, null, "Almaty", 1, "Trajectory", "late", null));
        }
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.repairs()).singleElement().asString().contains("re-indexed 1 changed documents");
            assertThat(hits(p, "coder:late")).isEqualTo(1);
            p.search().sync().rebuild(Progress.NONE);
            p.search().sync().rebuild(Progress.NONE);
            assertThat(p.search().facts().segments()).isEqualTo(91);
            assertThat(hits(p, "coder:late")).isEqualTo(1);
            assertThat(p.check().run(Progress.NONE).repairs()).isEmpty();
        }
    }

    private static void deleteTree(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
