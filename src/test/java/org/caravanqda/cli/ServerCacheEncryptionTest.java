package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravanqda.cli.CliRun.ok;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.IndexSync;
import org.caravanqda.store.pg.EmbeddedServer;
import org.caravanqda.store.pg.ServerFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server project's local cache (ADR 0030): the demo published to an embedded PostgreSQL (TLS)
 * and searched leaves no transcript word in its local folder, only AES-GCM files under a key the
 * server keeps; the next session reuses them without re-indexing; a key replaced on the server, a
 * damaged file or a deleted cache is rebuilt from the server, never a failure to open.
 */
class ServerCacheEncryptionTest {
    /**
     * Words of the demo (ru-04, en-01) as a search index holds them (surface forms and stems), and
     * a phrase a plain index shows uncompressed, so the scan is seen to work.
     */
    private static final List<String> WORDS = List.of(
            "айтишникам",
            "айтишник",
            "отсрочку",
            "отсрочк",
            "Новосибирска",
            "новосибирск",
            "бэкенд",
            "registered abroad",
            "registered",
            "product manager");

    @TempDir
    static Path tmp;

    private static Runnable restoreCache;

    @BeforeAll
    static void localFolders() {
        restoreCache = LocalCache.at(tmp.resolve("cache"));
    }

    @AfterAll
    static void restore() {
        restoreCache.run();
    }

    @Test
    void theCacheHoldsNoTextIsReusedAndIsRebuiltWhenItsKeyOrFilesAreGone() throws Exception {
        EmbeddedServer server = EmbeddedServer.get();
        String db = server.freshDatabase();
        String url = server.url(db);
        Path folder = tmp.resolve("demo");
        ok("demo", "--dir", folder.toString());
        ok("team", "publish", "-p", folder.toString(), "--to", url);
        String[] query = {"search", "--in", "units", "отсрочку"};
        String expected = run(query, folder.toString()).out();
        assertThat(expected).contains("2 hits").contains("ru-04-tashkent-ilya.txt");
        assertThat(run(query, url).out()).isEqualTo(expected);
        assertThat(run(new String[] {"search", "--in", "units", "registered"}, url)
                        .out())
                .contains("3 hits")
                .contains("en-01-bishkek-daniel.txt");

        Path local = ServerFolders.inUserCache().folderFor(server.address(db));
        assertThat(scan(folder.resolve("index")))
                .as("the scan sees text in a plain project's index (Lucene compresses most of it)")
                .anyMatch(h -> h.contains("product manager"));
        assertThat(scan(tmp.resolve("cache"))).isEmpty();
        assertThat(local.resolve("index")).doesNotExist();
        assertThat(names(local.resolve("index-encrypted"))).anyMatch(n -> n.startsWith("segments_"));

        // the next session loads the kept index: nothing re-indexed
        assertThat(session(local))
                .as("reused")
                .satisfies(o -> assertThat(o.rebuilt()).isFalse())
                .satisfies(o -> assertThat(o.documents()).isZero());
        assertThat(run(query, url).out()).isEqualTo(expected);

        // the login's key replaced on the server (rotated, or another user's cache): rebuilt, never a failure
        try (Connection c = server.superuser(db);
                Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("DELETE FROM client_key WHERE login = 'postgres'"))
                    .isEqualTo(1);
        }
        IndexSync.Outcome afterRotation = session(local);
        assertThat(afterRotation.rebuilt() || afterRotation.documents() == 9)
                .as("rebuilt from the server: " + afterRotation)
                .isTrue();
        assertThat(run(query, url).out()).isEqualTo(expected);
        assertThat(session(local).documents()).as("and kept under the new key").isZero();

        // the login renews its key itself: this machine's copy goes at once, the next command rebuilds
        CliRun renewed = ok("team", "new-cache-key", "-p", url);
        assertThat(renewed.out()).contains("a new cache key for postgresql://localhost:");
        assertThat(names(local.resolve("index-encrypted"))).noneMatch(n -> n.startsWith("segments_"));
        assertThat(run(query, url).out()).isEqualTo(expected);
        assertThat(session(local).documents()).isZero();
        CliRun onFolder = CliRun.of("team", "new-cache-key", "-p", folder.toString());
        assertThat(onFolder.exit()).isEqualTo(1);
        assertThat(onFolder.err()).contains("only a server project has a cache key");

        // a damaged file: rebuilt
        try (Stream<Path> files = Files.list(local.resolve("index-encrypted"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5a;
                Files.write(f, bytes);
            }
        }
        assertThat(run(query, url).out()).isEqualTo(expected);
        assertThat(scan(tmp.resolve("cache"))).isEmpty();

        // the whole cache deleted: made again on the next command
        deleteTree(tmp.resolve("cache"));
        assertThat(run(query, url).out()).isEqualTo(expected);
        assertThat(scan(tmp.resolve("cache"))).isEmpty();
        assertThat(names(local.resolve("index-encrypted"))).anyMatch(n -> n.startsWith("segments_"));
    }

    /** Opens the server project's local folder and catches its index up to the server. */
    private static IndexSync.Outcome session(Path local) {
        try (Project p = TestApp.app().open(local)) {
            return p.search().sync().catchUp(Progress.NONE);
        }
    }

    private static CliRun run(String[] args, String project) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-p";
        all[args.length + 1] = project;
        return ok(all);
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** Every file under {@code root} searched for {@link #WORDS} (lower and original case; UTF-8 and UTF-16). */
    private static List<String> scan(Path root) throws java.io.IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String w : WORDS) {
                    for (String form : new TreeSet<>(List.of(w, w.toLowerCase(Locale.ROOT)))) {
                        for (Charset cs :
                                List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                            if (EncryptedProjectLeakTest.indexOf(bytes, form.getBytes(cs)) >= 0) {
                                hits.add(root.relativize(f) + ": " + form + " (" + cs + ")");
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
