package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore trusts no zip: each hostile or wrong one is refused with one message, and nothing is made. */
class HostileBackupTest {
    static final String MANIFEST = "format=" + BackupArchive.FORMAT + "\nschema-version=1\n";
    static final long LIMIT = 1 << 20;

    @TempDir
    Path tmp;

    final H2ProjectStores stores = new H2ProjectStores(note -> {}, List.of("classpath:db/migration"), LIMIT);

    @Test
    void hostileAndWrongZipsAreRefusedWithOneMessage() throws Exception {
        byte[] realDb = realDatabase();
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("not a zip", Files.writeString(tmp.resolve("text.zip"), "just text, not a zip"));
        cases.put(
                "zip slip",
                zip(
                        "slip.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                MANIFEST.getBytes(StandardCharsets.UTF_8),
                                BackupArchive.DB_ENTRY,
                                realDb,
                                "../../evil.sh",
                                "rm -rf ~".getBytes(StandardCharsets.UTF_8))));
        cases.put(
                "absolute path",
                zip(
                        "abs.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                MANIFEST.getBytes(StandardCharsets.UTF_8),
                                "/tmp/" + BackupArchive.DB_ENTRY,
                                realDb)));
        cases.put("raw H2 backup without manifest", zip("raw.zip", Map.of(BackupArchive.DB_ENTRY, realDb)));
        cases.put(
                "foreign manifest",
                zip(
                        "foreign.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                "format=other 9\n".getBytes(StandardCharsets.UTF_8),
                                BackupArchive.DB_ENTRY,
                                realDb)));
        cases.put(
                "junk database",
                zip(
                        "junk.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                MANIFEST.getBytes(StandardCharsets.UTF_8),
                                BackupArchive.DB_ENTRY,
                                "PK\u0003\u0004 not a database at all".getBytes(StandardCharsets.UTF_8))));
        byte[] bomb = new byte[(int) (8 * LIMIT)];
        System.arraycopy("-- H2 ".getBytes(StandardCharsets.US_ASCII), 0, bomb, 0, 6);
        cases.put(
                "zip bomb",
                zip(
                        "bomb.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                MANIFEST.getBytes(StandardCharsets.UTF_8),
                                BackupArchive.DB_ENTRY,
                                bomb)));
        String evil = new String(realDb, StandardCharsets.UTF_8)
                + "\nCREATE ALIAS PWN AS 'String pwn(String f) throws Exception {"
                + " java.nio.file.Files.writeString(java.nio.file.Path.of(f), \"pwned\"); return f; }';\nCALL PWN('"
                + tmp.resolve("pwned.txt").toString().replace("'", "''") + "');\n";
        cases.put(
                "code in the script",
                zip(
                        "alias.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                MANIFEST.getBytes(StandardCharsets.UTF_8),
                                BackupArchive.DB_ENTRY,
                                evil.getBytes(StandardCharsets.UTF_8))));
        String reader = new String(realDb, StandardCharsets.UTF_8)
                + "\nINSERT INTO PUBLIC.CODER(NAME, COLOR) VALUES (FILE_READ('/etc/passwd'), 'x');\n";
        cases.put(
                "file function in the script",
                zip(
                        "fileread.zip",
                        Map.of(
                                BackupArchive.MANIFEST,
                                MANIFEST.getBytes(StandardCharsets.UTF_8),
                                BackupArchive.DB_ENTRY,
                                reader.getBytes(StandardCharsets.UTF_8))));
        byte[] hugeManifest =
                ("format=" + BackupArchive.FORMAT + "\nx=" + "a".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        cases.put(
                "huge manifest",
                zip("manifest.zip", Map.of(BackupArchive.MANIFEST, hugeManifest, BackupArchive.DB_ENTRY, realDb)));
        for (Map.Entry<String, Path> c : cases.entrySet()) {
            Path target = tmp.resolve("restored-" + c.getValue().getFileName());
            assertThatThrownBy(() -> stores.restore(c.getValue(), target, false))
                    .as(c.getKey())
                    .isInstanceOf(CaravanException.class)
                    .hasMessageStartingWith(
                            c.getValue().getFileName() + " is not a Caravan backup that can be restored: ")
                    .hasMessageEndingWith("; nothing was restored")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(target).as(c.getKey()).doesNotExist();
        }
        assertThat(Files.exists(tmp.resolve("evil.sh"))
                        || Files.exists(tmp.getParent().resolve("evil.sh")))
                .isFalse();
        assertThat(tmp.resolve("pwned.txt"))
                .as("no SQL of a hostile script ran")
                .doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    @Test
    void aMissingFileAndANonEmptyFolderAreRefused() throws Exception {
        assertThatThrownBy(() -> stores.restore(tmp.resolve("none.zip"), tmp.resolve("x"), false))
                .hasMessageContaining("no such backup file");
        Path zip = tmp.resolve("ok.zip");
        try (ProjectStore s = stores.create(tmp.resolve("p"), "p", "ru")) {
            s.backup(zip);
        }
        Path busy = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> stores.restore(zip, busy, true))
                .hasMessageContaining("is not empty and not a Caravan project");
        assertThat(busy.resolve("notes.txt")).hasContent("mine");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        stores.restore(zip, empty, false);
        assertThat(stores.exists(empty)).isTrue();
    }

    private byte[] realDatabase() throws IOException {
        Path zip = tmp.resolve("real.zip");
        try (ProjectStore s = stores.create(tmp.resolve("real"), "real", "ru")) {
            s.backup(zip);
        }
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.getInputStream(z.getEntry(BackupArchive.DB_ENTRY)).readAllBytes();
        }
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(p);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return p;
    }
}
