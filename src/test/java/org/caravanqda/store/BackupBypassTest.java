package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: three ways past the old backup format's SQL blocklist (store/ScriptGuard, removed), as
 * crafted backup zips in that format (a manifest and the SQL script H2's SCRIPT writes, plus the
 * attacker's lines). Before the data-only format each of them ran its payload during {@code restore}
 * and the restore reported success; now a script is never run: the zip is refused with one message,
 * the payload's marker file never appears, and nothing is made.
 */
class BackupBypassTest {
    @TempDir
    Path tmp;

    Path marker;
    String script;

    @BeforeEach
    void realScript() throws Exception {
        marker = tmp.resolve("PWNED");
        Path dir = tmp.resolve("source");
        new H2ProjectStores().create(dir, "source", "ru").close();
        Path sql = tmp.resolve("source.sql");
        try (Connection c = DriverManager.getConnection(H2ProjectStores.url(dir), "caravan", "");
                Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + sql.toString().replace("'", "''") + "'");
        }
        script = Files.readString(sql, StandardCharsets.UTF_8);
        assertThat(script).startsWith("-- H2 ");
    }

    /** The guard skipped double-quoted text as a name; H2 calls {@code "FILE_WRITE"(...)} as the function. */
    @Test
    void aDoubleQuotedFileFunctionIsNeverCalled() throws Exception {
        Path zip = formatOne(
                "quoted.zip",
                script + "\nINSERT INTO \"PUBLIC\".\"CODER\"(\"NAME\", \"COLOR\") VALUES ('x' || \"FILE_WRITE\"(X'"
                        + hex("pwned") + "', " + literal(marker) + "), '#000000');\n");
        refusedAndHarmless(zip);
    }

    /**
     * H2 reads {@code //} as a line comment; the guard did not, so the quote after it opened a
     * "string" that hid the real statements up to the next quote (inside an H2 {@code --} comment).
     */
    @Test
    void aQuoteHiddenInALineCommentHidesNoStatement() throws Exception {
        Path zip = formatOne(
                "comment.zip",
                script + "\nINSERT INTO \"PUBLIC\".\"CODER\"(\"NAME\", \"COLOR\") VALUES ('a', '#000000'); // '\n"
                        + "CALL FILE_WRITE(X'" + hex("pwned") + "', $$" + marker + "$$);\n"
                        + "-- '\n");
        refusedAndHarmless(zip);
    }

    /** The comment trick carries CREATE ALIAS with Java source, which runs an operating-system command. */
    @Test
    void anAliasWithJavaSourceNeverRunsItsCommand() throws Exception {
        Path zip = formatOne(
                "alias.zip",
                script + "\nINSERT INTO \"PUBLIC\".\"CODER\"(\"NAME\", \"COLOR\") VALUES ('a', '#000000'); // '\n"
                        + "CREATE ALIAS PWN AS $$ String pwn(String f) throws Exception {"
                        + " new ProcessBuilder(\"touch\", f).start().waitFor();"
                        + " if (!java.nio.file.Files.exists(java.nio.file.Path.of(f)))"
                        + " java.nio.file.Files.createFile(java.nio.file.Path.of(f));"
                        + " return f; } $$;\n"
                        + "CALL PWN($$" + marker + "$$);\n"
                        + "-- '\n");
        refusedAndHarmless(zip);
    }

    private void refusedAndHarmless(Path zip) throws IOException {
        Path target = tmp.resolve("restored");
        assertThatThrownBy(() -> new H2ProjectStores().restore(zip, target, false))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith(zip.getFileName() + " is not a Caravan backup that can be restored: ")
                .hasMessageEndingWith("; nothing was restored")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(marker).as("the payload never ran").doesNotExist();
        assertThat(target).as("nothing was made").doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    /** A zip in the old format exactly as Caravan wrote it: the manifest, then the script. */
    private Path formatOne(String name, String sql) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(p);
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("caravan-backup.properties"));
            z.write(("format=caravan-backup 1\ncaravan-version=dev\nschema-version=2\nproject=source\n"
                            + "database-entry=caravan.sql\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("caravan.sql"));
            z.write(sql.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return p;
    }

    private static String hex(String s) {
        return java.util.HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }
}
