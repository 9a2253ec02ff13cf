package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: a project's transcripts are readable by their owner only. On a POSIX file system the
 * project folder and every folder Caravan makes in it are rwx------ and every file in it is
 * rw------- (the database, the lock, the key file, the index, exports made into exports/), and a
 * project made before this (0755/0644) is brought to the same on its next open.
 */
class OwnerOnlyProjectTest {
    private static final Map<String, String> ENV = Map.of("CARAVAN_PASSWORD", "степной ветер 2022");

    @TempDir
    Path tmp;

    Path transcript;

    @BeforeEach
    void posix() throws IOException {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class));
        transcript = Files.writeString(
                tmp.resolve("ru-01.txt"), "И: Как вы уехали?\n\nР: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
    }

    private static void run(Map<String, String> env, String... args) {
        CliRun r = CliRun.with(env, text -> null, args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    @Test
    void aPlainProjectsFolderAndFilesAreTheOwnersOnly() throws IOException {
        String p = tmp.resolve("plain").toString();
        run(Map.of(), "init", "-p", p);
        run(Map.of(), "import", "-p", p, transcript.toString());
        run(Map.of(), "search", "-p", p, "ларс");
        run(Map.of(), "export", "-p", p, "coded.csv");
        run(Map.of(), "check", "-p", p);
        assertOwnerOnly(Path.of(p), "caravan.mv.db", "caravan.lock", "index", "exports/coded.csv");
    }

    @Test
    void anEncryptedProjectsKeyFileAndKeptIndexAreTheOwnersOnly() throws IOException {
        String p = tmp.resolve("secret").toString();
        run(ENV, "init", "-p", p, "--encrypt");
        run(ENV, "import", "-p", p, transcript.toString());
        run(ENV, "search", "-p", p, "ларс");
        assertOwnerOnly(Path.of(p), "caravan.mv.db", "caravan.lock", "caravan.encryption", "index-encrypted");
    }

    @Test
    void aProjectMadeBeforeIsMadeTheOwnersOnlyWhenOpened() throws IOException {
        Path p = tmp.resolve("old");
        run(Map.of(), "init", "-p", p.toString());
        run(Map.of(), "import", "-p", p.toString(), transcript.toString());
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.toList()) {
                Files.setPosixFilePermissions(
                        f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        run(Map.of(), "stats", "-p", p.toString());
        run(Map.of(), "search", "-p", p.toString(), "ларс");
        assertOwnerOnly(p, "caravan.mv.db", "caravan.lock", "index");
    }

    /** The folder is rwx------, everything under it rw------- (folders rwx------), and the named entries exist. */
    static void assertOwnerOnly(Path dir, String... present) throws IOException {
        for (String name : present) {
            assertThat(dir.resolve(name)).exists();
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.toList();
        }
        assertThat(all).hasSizeGreaterThan(present.length);
        for (Path f : all) {
            String expected = Files.isDirectory(f) ? "rwx------" : "rw-------";
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as(dir.relativize(f).toString())
                    .isEqualTo(expected);
        }
    }
}
