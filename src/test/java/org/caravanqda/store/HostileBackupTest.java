package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore trusts no zip: each hostile or wrong one is refused with one message naming why, and
 * nothing is made. A backup is data only (ADR 0017): each case starts from a real backup and
 * changes one thing in it.
 */
class HostileBackupTest {
    static final long LIMIT = 1 << 20;
    static final String CODER = "tables/coder.jsonl";

    @TempDir
    Path tmp;

    final H2ProjectStores stores = new H2ProjectStores(note -> {}, Migrations.MAIN, LIMIT);
    Map<String, byte[]> real;

    @BeforeEach
    void realBackup() throws IOException {
        Path zip = tmp.resolve("real.zip");
        try (ProjectStore s = stores.create(tmp.resolve("real"), "real", "ru")) {
            s.write(x -> {
                SchemaBackupTest.sql(
                        ((JdbcSession) x).connection(), "INSERT INTO coder (name, color) VALUES ('anna', '#112233')");
                return null;
            });
            s.backup(zip);
        }
        real = entries(zip);
        assertThat(real).containsKeys(BackupArchive.MANIFEST, CODER, "tables/document.jsonl", "tables/coding.jsonl");
    }

    @Test
    void hostileAndWrongZipsAreRefusedWithOneMessage() throws Exception {
        Map<String, Path> cases = new LinkedHashMap<>();
        cases.put("not a zip", Files.writeString(tmp.resolve("text.zip"), "just text, not a zip"));
        cases.put("zip slip", changed("slip.zip", m -> m.put("../../evil.sh", bytes("rm -rf ~"))));
        cases.put("absolute path", changed("abs.zip", m -> m.put("/tmp/" + CODER, m.remove(CODER))));
        cases.put("no manifest", changed("raw.zip", m -> m.remove(BackupArchive.MANIFEST)));
        cases.put(
                "foreign manifest",
                changed(
                        "foreign.zip",
                        m -> m.put(BackupArchive.MANIFEST, bytes("format=other 9\nschema-version=" + CURRENT + "\n"))));
        cases.put(
                "huge manifest",
                changed(
                        "manifest.zip",
                        m -> m.put(
                                BackupArchive.MANIFEST,
                                bytes("format=" + BackupArchive.FORMAT + "\nx=" + "a".repeat(200_000)))));
        cases.put(
                "a newer schema",
                changed(
                        "newer.zip",
                        m -> m.put(
                                BackupArchive.MANIFEST,
                                manifest(m, "schema-version=" + CURRENT, "schema-version=99"))));
        cases.put(
                "encrypted without its key file",
                changed(
                        "nokey.zip",
                        m -> m.put(BackupArchive.MANIFEST, manifest(m, "format=", "encrypted=true\nformat="))));
        cases.put("a table missing", changed("missing.zip", m -> m.remove(CODER)));
        cases.put("a table the schema has not", changed("extra.zip", m -> m.put("tables/evil.jsonl", m.get(CODER))));
        cases.put("another table's header", changed("header.zip", m -> m.put(CODER, m.get("tables/memo.jsonl"))));
        cases.put(
                "another column list",
                changed("columns.zip", m -> m.put(CODER, replace(m.get(CODER), "\"COLOR\"", "\"COLOUR\""))));
        cases.put(
                "text in a number column",
                changed(
                        "type.zip",
                        m -> m.put(CODER, bytes(header(m.get(CODER)) + "[\"one\",\"anna\",\"#112233\",null]\n"))));
        cases.put(
                "a row too long",
                changed(
                        "long.zip",
                        m -> m.put(CODER, bytes(header(m.get(CODER)) + "[1,\"anna\",\"#112233\",null,4]\n"))));
        cases.put(
                "a row too short",
                changed("short.zip", m -> m.put(CODER, bytes(header(m.get(CODER)) + "[1,\"anna\"]\n"))));
        cases.put(
                "an object instead of a row",
                changed("object.zip", m -> m.put(CODER, bytes(header(m.get(CODER)) + "{\"ID\":1}\n"))));
        cases.put(
                "not JSON",
                changed("json.zip", m -> m.put(CODER, bytes(header(m.get(CODER)) + "[1,\"anna\",'#112233']\n"))));
        cases.put(
                "a name longer than its column",
                changed(
                        "varchar.zip",
                        m -> m.put(
                                CODER,
                                bytes(header(m.get(CODER)) + "[1,\"" + "я".repeat(300) + "\",\"#112233\",null]\n"))));
        cases.put(
                "a coding of no document",
                changed(
                        "orphan.zip",
                        m -> m.put(
                                "tables/coding.jsonl",
                                bytes(header(m.get("tables/coding.jsonl"))
                                        + "[1,\"g\",77,77,1,0,1,\"2026-01-01T00:00\",null,0]\n"))));
        byte[] bomb = new byte[(int) (2 * LIMIT)];
        java.util.Arrays.fill(bomb, (byte) ' ');
        cases.put("zip bomb", changed("bomb.zip", m -> m.put(CODER, concat(m.get(CODER), bomb))));
        for (Map.Entry<String, Path> c : cases.entrySet()) {
            Path target = tmp.resolve("restored-" + c.getValue().getFileName());
            assertThatThrownBy(() -> stores.restore(c.getValue(), target, false))
                    .as(c.getKey())
                    .isInstanceOf(CaravanException.class)
                    .hasMessageStartingWith(
                            c.getValue().getFileName() + " is not a Caravan backup that can be restored: ")
                    .hasMessageEndingWith("; nothing was restored")
                    .satisfies(
                            e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("яяя"));
            assertThat(target).as(c.getKey()).doesNotExist();
        }
        assertThat(Files.exists(tmp.resolve("evil.sh"))
                        || Files.exists(tmp.getParent().resolve("evil.sh")))
                .isFalse();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    @Test
    void eachRefusalSaysWhy() throws Exception {
        assertThatThrownBy(() -> stores.restore(changed("m.zip", x -> x.remove(CODER)), tmp.resolve("a"), false))
                .hasMessageContaining("missing: " + CODER);
        assertThatThrownBy(() -> stores.restore(
                        changed(
                                "n.zip",
                                m -> m.put(
                                        BackupArchive.MANIFEST,
                                        manifest(m, "schema-version=" + CURRENT, "schema-version=99"))),
                        tmp.resolve("b"),
                        false))
                .hasMessageContaining("newer Caravan")
                .hasMessageContaining("update Caravan");
        assertThatThrownBy(() -> stores.restore(
                        changed(
                                "v.zip",
                                m -> m.put(
                                        CODER,
                                        bytes(header(m.get(CODER)) + "[1,\"" + "я".repeat(300)
                                                + "\",\"#112233\",null]\n"))),
                        tmp.resolve("c"),
                        false))
                .hasMessageContaining("longer than its column allows");
        assertThatThrownBy(() -> stores.restore(
                        changed(
                                "t.zip",
                                m -> m.put(CODER, bytes(header(m.get(CODER)) + "[\"one\",\"anna\",\"#1\",null]\n"))),
                        tmp.resolve("d"),
                        false))
                .hasMessageContaining(CODER + " line 2: column ID holds a value that is not of its type");
    }

    /** SQL in a backup's data is text: it is stored as the value it is, and never runs. */
    @Test
    void sqlInTheDataIsOnlyText() throws Exception {
        Path marker = tmp.resolve("PWNED");
        String evil = "x'); CREATE ALIAS PWN AS $$ String p() throws Exception { java.nio.file.Files.createFile("
                + "java.nio.file.Path.of(\"" + marker + "\")); return \"\"; } $$; CALL PWN(); --";
        Path zip = changed(
                "text.zip",
                m -> m.put(
                        CODER,
                        bytes(header(m.get(CODER)) + "[1,"
                                + tools.jackson.databind.json.JsonMapper.builder()
                                        .build()
                                        .writeValueAsString(evil)
                                + ",\"#112233\",null]\n"))); // id, name, color, login
        Path target = tmp.resolve("restored");
        stores.restore(zip, target, false);
        assertThat(marker).doesNotExist();
        assertThat(SchemaBackupTest.coders(target)).containsExactly(evil);
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

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    m.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return m;
    }

    private Path changed(String name, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>(real);
        change.accept(m);
        return zip(tmp.resolve(name), m);
    }

    static Path zip(Path p, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(p);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return p;
    }

    /** The schema version this Caravan's migrations reach, as a backup's manifest names it. */
    private static final String CURRENT = Migrations.at(Migrations.MAIN)
            .versions()
            .get(Migrations.at(Migrations.MAIN).versions().size() - 1);

    private static byte[] manifest(Map<String, byte[]> m, String from, String to) {
        return replace(m.get(BackupArchive.MANIFEST), from, to);
    }

    private static byte[] replace(byte[] b, String from, String to) {
        String s = new String(b, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        return bytes(s.replace(from, to));
    }

    /** The member's first line, the table's description, with its line break. */
    private static String header(byte[] member) {
        String s = new String(member, StandardCharsets.UTF_8);
        return s.substring(0, s.indexOf('\n') + 1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
