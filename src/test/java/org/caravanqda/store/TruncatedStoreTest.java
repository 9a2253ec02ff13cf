package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22: a database that lost its tail (an interrupted copy or sync) or was put back to an
 * older copy of itself is refused before H2 opens it for writing, and neither the file nor the
 * search index changes by a byte; another project's database is not taken for either (ADR 0018).
 */
class TruncatedStoreTest {
    @TempDir
    static Path shared;

    /** The demo (90 codings), searched once and closed: its index and mark are at the store's generation. */
    static Path demo;

    /**
     * The demo and then {@value #RECENT} codings, one commit each, searched again: the file's newest chunks hold the
     * recent history a lost tail takes (a fresh demo is compacted when it closes, ADR 0044: its older states are gone).
     */
    static Path withRecentHistory;

    static final int RECENT = 12;
    static long recentGeneration;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildDemo() throws IOException {
        demo = TestApp.searchedDemo(shared.resolve("demo"));
        withRecentHistory = TestApp.copyOf(demo, shared.resolve("recent"));
        try (Project p = TestApp.app().open(withRecentHistory)) {
            for (int i = 1; i <= RECENT; i++) {
                p.codings()
                        .code(new CodeRequest(
                                "en-02-almaty-vera", null, null, "Almaty", 1, "Trajectory", "c" + i, null));
            }
            assertThat(hits(p, "code:Trajectory")).isPositive();
            recentGeneration = p.check().run(Progress.NONE).store().get("generation");
        }
    }

    private static long hits(Project p, String query) {
        return p.search().search(query, SearchScope.SEGMENTS, 10, false).total();
    }

    private Path copyOfDemo() throws IOException {
        return TestApp.copyOf(demo, tmp.resolve("p"));
    }

    private static Path db(Path dir) {
        return dir.resolve("caravan.mv.db");
    }

    /** Every file of the folder but the lock file, by relative name: the database, the index, its mark. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                if (!f.getFileName().toString().equals("caravan.lock")) {
                    out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) ->
                assertThat(Arrays.equals(bytes, after.get(name))).as(name).isTrue());
    }

    private static void truncate(Path file, long length) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(length);
        }
    }

    /**
     * Refused with one line, twice (a refusal leaves nothing held open), and nothing in the folder changed; the
     * same when a command that only reads opens it (one read-only opening serves the guard and the command).
     */
    private static String refused(Path dir) throws IOException {
        Map<String, byte[]> before = files(dir);
        String message = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            boolean reading = attempt >= 2;
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> (reading
                            ? TestApp.app().openForReading(dir, null)
                            : TestApp.app().open(dir))
                    .close());
            assertThat(t).isInstanceOf(CaravanException.class);
            assertThat(t.getMessage()).doesNotContain("\n").contains(dir.toString());
            assertThat(message == null || message.equals(t.getMessage())).isTrue();
            message = t.getMessage();
        }
        assertSame(before, files(dir));
        return message;
    }

    /** True when the cut database opens holding every change made ({@code generation}) and every coding, and checks ok. */
    private static boolean opensWhole(Path dir, long codings, long generation) {
        Project p;
        try {
            p = TestApp.app().open(dir);
        } catch (CaravanException e) {
            return false;
        }
        try (p) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).as("a cut database that opens checks ok").isTrue();
            assertThat(r.store()).containsEntry("codings", codings).containsEntry("generation", generation);
            return true;
        }
    }

    /**
     * Cut to a quarter, half, three quarters, nine tenths, on and off a 4 KiB block: every cut is
     * refused with nothing changed, or (when the cut took only free space) opens with everything. Most leave an older database H2 could read ("ends early",
     * with what to do); a cut that takes what H2 needs to see a database at all (its users, which
     * may sit in any chunk once H2 reuses space) is refused as damaged instead.
     */
    @Test
    void aDatabaseThatLostItsTailIsRefusedAndNothingChanges() throws IOException {
        int endsEarly = 0;
        for (double kept : new double[] {0.25, 0.5, 0.6, 0.75, 0.8, 0.9, 0.95, 0.98}) {
            for (boolean onABlock : new boolean[] {false, true}) {
                Path dir = TestApp.copyOf(withRecentHistory, tmp.resolve("p"));
                long length = (long) (Files.size(db(dir)) * kept);
                truncate(db(dir), onABlock ? length / 4096 * 4096 : length);

                Map<String, byte[]> before = files(dir);
                if (opensWhole(dir, 90L + RECENT, recentGeneration)) {
                    // H2 reuses free space, so the newest chunk may sit before the cut: nothing was lost
                    deleteTree(dir);
                    continue;
                }
                assertSame(before, files(dir));
                String message = refused(dir);
                if (message.contains("is damaged")) {
                    assertThat(message).contains("nothing was changed", "restore");
                } else {
                    assertThat(message)
                            .as("cut to %d%s", length, onABlock ? " on a block" : "")
                            .contains("ends early", "was made at change " + recentGeneration, "nothing was changed")
                            .contains("caravan restore BACKUP.zip -p " + dir + " --force")
                            .contains("caravan check -p " + dir + " --repair");
                    endsEarly++;
                }
                assertThat(TestApp.app().isProject(dir)).isTrue();
                deleteTree(dir);
            }
        }
        assertThat(endsEarly).as("cuts that left an older database").isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100, 4096, 8192, 12288})
    void aDatabaseCutToItsFirstBlocksIsRefusedAsDamaged(int length) throws IOException {
        Path dir = copyOfDemo();
        truncate(db(dir), length);
        assertThat(refused(dir)).contains("is damaged", "nothing was changed", "restore");
    }

    @Test
    void aCutThatLosesNoChangeOpensWithEverything() throws IOException {
        Path dir = copyOfDemo();
        truncate(db(dir), Files.size(db(dir)) - 1); // only the last chunk footer's padding goes
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).isTrue();
            assertThat(r.store()).containsEntry("codings", 90L).containsEntry("generation", 101L);
        }
    }

    @Test
    void anOlderCopyPutBackIsRefusedAndToldApartFromALostTail() throws IOException {
        Path dir = copyOfDemo();
        byte[] older = Files.readAllBytes(db(dir));
        try (Project p = TestApp.app().open(dir)) {
            p.codings().code(new CodeRequest("en-02-almaty-vera", null, null, "Almaty", 1, "Trajectory", "late", null));
        }
        Files.write(db(dir), older);

        assertThat(refused(dir))
                .contains("is an older state of the project", "holds changes up to 101", "made at change 102")
                .contains("caravan check -p " + dir + " --repair");
    }

    @Test
    void aCopyPutBackAndChangedSinceIsRefusedAsAnotherHistory() throws Exception {
        Path dir = copyOfDemo();
        byte[] older = Files.readAllBytes(db(dir));
        try (Project p = TestApp.app().open(dir)) {
            p.codings().code(new CodeRequest("en-02-almaty-vera", null, null, "Almaty", 1, "Trajectory", "late", null));
        }
        Files.write(db(dir), older);
        // changed by something that does not look at the index: now as far as the index, but not the same
        try (Connection c = DriverManager.getConnection(H2ProjectStores.url(dir), "caravan", "")) {
            c.createStatement()
                    .execute("INSERT INTO change_log (at, coder, action, payload)"
                            + " VALUES (CURRENT_TIMESTAMP, 'other', 'coding.add', '{}')");
        }
        assertThat(refused(dir)).contains("has another history than its search index from change 102 on");
    }

    @Test
    void anotherProjectsDatabaseIsNotTakenForALostTail() throws IOException {
        Path dir = copyOfDemo();
        Path other = tmp.resolve("other");
        TestApp.app().create(other, "another project", "ru", null, false).close();
        Files.copy(db(other), db(dir), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).isTrue();
            assertThat(r.repairs()).anySatisfy(x -> assertThat(x).contains("made for another project"));
            assertThat(r.index().segments()).isZero();
            assertThat(hits(p, "Bishkek OR Almaty")).isZero();
        }
    }

    @Test
    void anEncryptedDatabaseThatLostItsTailIsRefusedAndNothingChanges() throws IOException {
        char[] password = "степной ветер 2022".toCharArray();
        Path dir = tmp.resolve("enc");
        Path text = Files.writeString(
                tmp.resolve("ru-01.txt"),
                "И: Как вы уехали?\n\nР: Через Верхний Ларс, в сентябре. Потом Алматы.\n",
                java.nio.charset.StandardCharsets.UTF_8);
        try (Project p = TestApp.app().create(dir, "enc", "ru", null, false, password.clone())) {
            p.imports()
                    .importFiles(
                            java.util.List.of(text),
                            new org.caravanqda.app.imports.ImportOptions("ru", null, "anna"),
                            Progress.NONE,
                            org.caravanqda.app.job.Cancellation.none());
        }
        byte[] older = Files.readAllBytes(db(dir));
        try (Project p = TestApp.app().open(dir, password.clone())) {
            p.codings().code(new CodeRequest("ru-01", null, null, "Алматы", 1, "Trajectory", "anna", null));
            assertThat(hits(p, "Алматы")).isEqualTo(1);
        }
        byte[] full = Files.readAllBytes(db(dir));

        Files.write(db(dir), older);
        Map<String, byte[]> before = files(dir);
        assertThatThrownBy(() -> TestApp.app().open(dir, password.clone()))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("is an older state of the project");
        assertSame(before, files(dir));

        Files.write(db(dir), Arrays.copyOf(full, full.length / 2));
        before = files(dir);
        assertThatThrownBy(() -> TestApp.app().open(dir, password.clone()))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining("restore");
        assertSame(before, files(dir));
    }

    private static void deleteTree(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
