package org.caravanqda.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.caravanqda.TestApp;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.RestoreInfo;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.model.Code;
import org.caravanqda.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backups of the demo project while another thread keeps coding, and restores of them. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    Caravan app;
    Path demo;

    @BeforeEach
    void demo() {
        app = TestApp.app();
        demo = tmp.resolve("demo");
        new DemoService(app).build(demo, Progress.NONE);
    }

    @Test
    void aBackupTakenWhileAnotherThreadCodesRestoresToACommittedState() throws Exception {
        Path zip = tmp.resolve("backups/demo.zip");
        String others;
        int codedBefore;
        int codedAfter;
        try (Project p = app.open(demo)) {
            others = fingerprint(StoreAccess.of(p), "online");
            Document doc = StoreAccess.of(p).read(s -> s.documents().all().get(0));
            String code = p.codebook().tree().get(0).path();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger coded = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(5);
            Thread coder = new Thread(() -> {
                for (int i = 0; !stop.get() && i + 3 < doc.text().length(); i += 3) {
                    p.codings().code(new CodeRequest(doc.name(), i, i + 3, null, null, code, "online", null));
                    coded.incrementAndGet();
                    started.countDown();
                }
            });
            coder.start();
            started.await();
            codedBefore = coded.get();
            BackupInfo b = p.backup(zip);
            codedAfter = coded.get();
            stop.set(true);
            coder.join();
            assertThat(b.file()).isEqualTo(zip.toAbsolutePath().normalize());
            assertThat(b.schemaVersion()).isEqualTo("8");
            assertThat(coded.get())
                    .as("the coding thread kept writing during the backup")
                    .isGreaterThan(codedBefore);
        }
        RestoreInfo r = app.restore(zip, tmp.resolve("restored"), false);
        assertThat(r.movedAside()).isNull();
        assertThat(r.backup().schemaVersion()).isEqualTo("8");
        try (Project restored = app.open(r.dir())) {
            assertThat(fingerprint(StoreAccess.of(restored), "online")).isEqualTo(others);
            // a committed state: the first K of the online codings, no more, no fewer, none torn
            List<Integer> starts = StoreAccess.of(restored)
                    .read(s -> s.codings().find(new CodingFilter(null, null, "online")).stream()
                            .map(c -> c.start())
                            .sorted()
                            .toList());
            assertThat(starts.size()).isBetween(codedBefore, codedAfter + 1);
            for (int k = 0; k < starts.size(); k++) {
                assertThat(starts.get(k)).isEqualTo(3 * k);
            }
            assertThat(restored.check().run(Progress.NONE).ok()).isTrue();
            assertThat(restored.search()
                            .search("Алматы", SearchScope.UNITS, 10, false)
                            .hits())
                    .isNotEmpty();
        }
    }

    @Test
    void restoreGivesBackDocumentsCodingsCodebookAndAttributes() {
        Path zip = tmp.resolve("demo.zip");
        String original;
        try (Project p = app.open(demo)) {
            original = fingerprint(StoreAccess.of(p));
            p.backup(zip);
        }
        RestoreInfo r = app.restore(zip, tmp.resolve("copy"), false);
        try (Project copy = app.open(r.dir())) {
            assertThat(fingerprint(StoreAccess.of(copy))).isEqualTo(original);
        }
        // an existing project is replaced only with --force, and then kept aside
        assertThatThrownBy(() -> app.restore(zip, demo, false))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("already holds a Caravan project")
                .hasMessageContaining("--force");
        try (Project p = app.open(demo)) {
            p.codings()
                    .uncode(
                            StoreAccess.of(p)
                                    .read(s -> s.codings()
                                            .find(CodingFilter.ALL)
                                            .get(0)
                                            .id()),
                            "anna");
        }
        RestoreInfo forced = app.restore(zip, demo, true);
        assertThat(forced.movedAside()).isDirectory().isNotEqualTo(demo);
        assertThat(app.isProject(forced.movedAside())).isTrue();
        try (Project p = app.open(demo)) {
            assertThat(fingerprint(StoreAccess.of(p))).isEqualTo(original);
        }
    }

    @Test
    void aProjectOpenInThisProcessCannotBeReplacedByARestore() throws Exception {
        Path zip = tmp.resolve("demo.zip");
        try (Project p = app.open(demo)) {
            p.backup(zip);
            assertThatThrownBy(() -> app.restore(zip, demo, true))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("is open in another process");
            assertThat(p.documents().stats().documents()).isPositive();
        }
        assertThat(Files.list(tmp).map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
    }

    static String fingerprint(ProjectStore store) {
        return fingerprint(store, null);
    }

    /** Everything a researcher made, except the codings of {@code skipCoder}. */
    static String fingerprint(ProjectStore store, String skipCoder) {
        return store.read(s -> {
            StringBuilder b = new StringBuilder();
            for (Document d : s.documents().all()) {
                b.append(d).append('\n').append(s.documents().units(d.id())).append('\n');
            }
            for (Code c : s.codes().all()) {
                b.append(c).append('\n');
            }
            b.append(s.codings().find(CodingFilter.ALL).stream()
                            .filter(c -> !c.coder().equals(skipCoder))
                            .toList())
                    .append('\n');
            b.append(s.attributes().byDocument()).append('\n');
            b.append(s.cases().all()).append(s.cases().values()).append('\n');
            return b.toString();
        });
    }
}
