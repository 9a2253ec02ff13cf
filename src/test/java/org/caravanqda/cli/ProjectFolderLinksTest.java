package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: a project folder someone sent may hold symbolic links where Caravan writes its own
 * files. Caravan never writes through one: the command stops with one line naming the link, and
 * the file or folder the link points at stays exactly as it was.
 */
class ProjectFolderLinksTest {
    @TempDir
    Path tmp;

    Path project;
    Path outside;

    @BeforeEach
    void init() throws IOException {
        project = tmp.resolve("p");
        assertThat(CliRun.of("init", "-p", project.toString()).exit()).isZero();
        Path t = Files.writeString(
                tmp.resolve("ru-01.txt"), "И: Как вы уехали?\n\nР: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", project.toString(), t.toString()).exit())
                .isZero();
        outside = Files.createDirectories(tmp.resolve("outside"));
    }

    private Path victim(String name) throws IOException {
        return Files.writeString(outside.resolve(name), "the user's own file\n");
    }

    private static boolean linked(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // e.g. Windows without the privilege
        }
    }

    private void refused(String expected, String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(1);
        List<String> lines =
                r.err().lines().filter(l -> l.startsWith("caravan: ")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains(expected).contains("symbolic link");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void aLinkedLockFileIsNeverWrittenThrough() throws IOException {
        Path victim = victim("notes.txt");
        Path lock = project.resolve("caravan.lock");
        Files.delete(lock);
        assumeTrue(linked(lock, victim));
        for (String command : List.of("stats", "documents", "check")) {
            CliRun r = CliRun.of(command, "-p", project.toString());
            assertThat(victim).as(command).hasContent("the user's own file\n");
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).startsWith("caravan: ").contains("caravan.lock").contains("symbolic link");
            assertThat(r.err().lines()).hasSize(1);
        }
    }

    @Test
    void aLinkedDatabaseFileIsNeverOpened() throws IOException {
        Path db = project.resolve("caravan.mv.db");
        Path moved = Files.move(db, outside.resolve("caravan.mv.db"));
        assumeTrue(linked(db, moved));
        byte[] before = Files.readAllBytes(moved);
        refused("caravan.mv.db", "stats", "-p", project.toString());
        assertThat(Files.readAllBytes(moved)).isEqualTo(before);
        refused("caravan.mv.db", "init", "-p", project.toString());
        assertThat(Files.readAllBytes(moved)).isEqualTo(before);
    }

    @Test
    void aLinkedKeyFileIsRefused() throws IOException {
        java.util.Map<String, String> env = java.util.Map.of("CARAVAN_PASSWORD", "степной ветер 2022");
        Path secret = tmp.resolve("secret");
        assertThat(CliRun.with(env, text -> null, "init", "-p", secret.toString(), "--encrypt")
                        .exit())
                .isZero();
        Path key = secret.resolve("caravan.encryption");
        Path moved = Files.move(key, outside.resolve("caravan.encryption"));
        assumeTrue(linked(key, moved));
        String before = Files.readString(moved);
        CliRun r = CliRun.with(env, text -> null, "stats", "-p", secret.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("caravan: ")
                .contains("caravan.encryption")
                .contains("symbolic link");
        assertThat(moved).hasContent(before);
    }

    @Test
    void aLinkedExportsFolderIsNeverWrittenInto() throws IOException {
        Path exports = project.resolve("exports");
        assumeTrue(linked(exports, outside));
        refused("exports", "export", "-p", project.toString(), "coded.xlsx");
        try (Stream<Path> s = Files.list(outside)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aLinkedIndexFolderIsNeverWrittenInto() throws IOException {
        Path index = project.resolve("index");
        deleteTree(index);
        assumeTrue(linked(index, outside));
        refused("index", "search", "-p", project.toString(), "ларс");
        try (Stream<Path> s = Files.list(outside)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aLinkedIndexLockIsNeverWrittenThrough() throws IOException {
        Path victim = outside.resolve("created-by-the-index.txt");
        Path index = project.resolve("index");
        deleteTree(index);
        Files.createDirectories(index);
        assumeTrue(linked(index.resolve("write.lock"), victim));
        refused("write.lock", "search", "-p", project.toString(), "ларс");
        assertThat(victim).doesNotExist();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
