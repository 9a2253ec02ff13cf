package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravanqda.cli.CliRun.ok;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.store.H2ProjectStores;
import org.caravanqda.store.StoreAccess;
import org.caravanqda.store.pg.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on both engines (issue 20): the demo project (9 interviews, two coders'
 * codings) published from a folder to an embedded PostgreSQL (TLS, verify-full) answers every
 * command exactly as the folder does; a snapshot back is equal row for row; offsets stay UTF-16.
 */
class ServerProjectCliTest {
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
    void theDemoAnswersTheSameOnAServerAndARoundTripIsEqualRowForRow() throws Exception {
        EmbeddedServer server = EmbeddedServer.get();
        String url = server.url(server.freshDatabase());
        Path folder = tmp.resolve("demo");
        ok("demo", "--dir", folder.toString());

        CliRun published = ok("team", "publish", "-p", folder.toString(), "--to", url);
        assertThat(published.out()).contains("published").contains("document 9");

        String[][] commands = {
            {"stats"},
            {"documents"},
            {"codings", "--format", "json"},
            {"codebook", "list"},
            {"search", "работа"},
            {"search", "family"},
            {"table", "frequencies"},
            {"table", "cooccurrence"},
            {"agreement", "--coders", "anna,timur"},
        };
        for (String[] c : commands) {
            String onFolder = run(c, folder.toString()).out();
            String onServer = run(c, url).out();
            assertThat(onServer).as(String.join(" ", c)).isEqualTo(onFolder).isNotBlank();
        }

        Path csvFolder = tmp.resolve("folder.csv");
        Path csvServer = tmp.resolve("server.csv");
        ok("export", "-p", folder.toString(), csvFolder.toString());
        ok("export", "-p", url, csvServer.toString());
        assertThat(Files.readString(csvServer, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(csvFolder, StandardCharsets.UTF_8));

        Path copy = tmp.resolve("snapshot");
        ok("team", "snapshot", "-p", url, "--to", copy.toString());
        Map<String, List<String>> original = rows(folder);
        Map<String, List<String>> back = rows(copy);
        assertThat(back.keySet()).isEqualTo(original.keySet());
        original.forEach((table, r) -> assertThat(back.get(table)).as(table).isEqualTo(r));
        assertThat(original.get("coding")).hasSizeGreaterThan(50);
        // a write through the server, the same on both: a quote coded in one document
        for (String p : List.of(folder.toString(), url)) {
            ok(
                    "code",
                    "-p",
                    p,
                    "--document",
                    "ru-01-almaty-marina",
                    "--quote",
                    "пятого марта",
                    "--code",
                    "Accessibility",
                    "--coder",
                    "carol");
        }
        assertThat(run(new String[] {"codings", "--coder", "carol"}, url).out())
                .isEqualTo(run(new String[] {"codings", "--coder", "carol"}, folder.toString())
                        .out());
    }

    @Test
    void initOnAServerNeedsAnEmptyDatabaseAndRefusesWeakTls() {
        EmbeddedServer server = EmbeddedServer.get();
        String db = server.freshDatabase();
        String url = server.url(db);
        CliRun made = ok("init", "--server", url, "--language", "en");
        assertThat(made.out())
                .contains("created project postgresql://localhost:")
                .contains("/" + db + " with ");
        assertThat(ok("stats", "-p", url).out()).contains("codes");

        CliRun again = CliRun.of("init", "--server", url);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty").doesNotContain("Exception");

        CliRun weak = CliRun.of("stats", "-p", url + "&sslmode=require");
        assertThat(weak.exit()).isNotZero();
        assertThat(weak.err()).contains("sslmode=require is refused");

        CliRun secret = CliRun.of("stats", "-p", "postgresql://anna:s3cret@localhost/" + db);
        assertThat(secret.exit()).isNotZero();
        assertThat(secret.err())
                .contains("a password never goes in the address")
                .doesNotContain("s3cret");
    }

    private static CliRun run(String[] command, String project) {
        List<String> args = new ArrayList<>();
        args.add(command[0]);
        int rest = 1;
        if (command[0].equals("table") || command[0].equals("codebook") || command[0].equals("search")) {
            args.add(command[1]);
            rest = 2;
        }
        args.add("-p");
        args.add(project);
        args.addAll(List.of(command).subList(rest, command.length));
        return ok(args.toArray(String[]::new));
    }

    /** Every row of every table (the change log's own audit rows aside: each copy logs nothing), times as instants. */
    static Map<String, List<String>> rows(Path dir) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (ProjectStore s = new H2ProjectStores().open(dir)) {
            s.read(session -> {
                Connection c = StoreAccess.connection(session);
                try (Statement st = c.createStatement();
                        ResultSet tables = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'")) {
                    List<String> names = new ArrayList<>();
                    while (tables.next()) {
                        names.add(tables.getString(1));
                    }
                    for (String t : names) {
                        out.put(t.toLowerCase(java.util.Locale.ROOT), table(c, t));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        return out;
    }

    private static List<String> table(Connection c, String t) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = md.getColumnTypeName(i).contains("TIME ZONE")
                            ? rs.getObject(i, OffsetDateTime.class).toInstant()
                            : rs.getObject(i);
                    b.append(md.getColumnName(i)).append('=').append(v).append('|');
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }
}
