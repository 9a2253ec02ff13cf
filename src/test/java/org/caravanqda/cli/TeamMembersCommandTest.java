package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.caravanqda.store.pg.EmbeddedServer;
import org.caravanqda.store.pg.PgTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code caravan team members} against a real (embedded) PostgreSQL project (issue #20). */
class TeamMembersCommandTest {
    private static String db;
    private static String url;

    @BeforeAll
    static void project() {
        // a project made as a user makes one: on the TLS server, by caravan init --server
        db = EmbeddedServer.get().freshDatabase();
        url = EmbeddedServer.get().url(db);
        CliRun init = CliRun.with(Map.of(), text -> null, "init", "--server", url);
        assertThat(init.exit()).as(init.err()).isZero();
    }

    private static CliRun run(String user, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-p";
        all[args.length + 1] = url;
        all[args.length + 2] = "--user";
        all[args.length + 3] = user;
        return CliRun.with(Map.of("CARAVAN_NEW_PASSWORD", "correct horse battery"), text -> null, all);
    }

    @Test
    void anOwnerAddsChangesListsAndRemovesMembers() throws Exception {
        CliRun add = run("postgres", "team", "members", "add", "nadia", "--role", "viewer", "--coder", "Nadia S.");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added nadia as viewer");
        try (Connection c = EmbeddedServer.get().superuser(db);
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = 'nadia'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1))
                    .as("the login got the password from CARAVAN_NEW_PASSWORD")
                    .isTrue();
        }
        assertThat(run("postgres", "team", "members", "role", "nadia", "--role", "coder")
                        .exit())
                .isZero();
        CliRun list = run("postgres", "team", "members", "list");
        assertThat(list.out()).containsPattern("nadia\\s+Nadia S\\.\\s+coder");

        CliRun byCoder = run("nadia", "team", "members", "add", "eve", "--role", "owner", "--no-password");
        assertThat(byCoder.exit()).isEqualTo(1);
        assertThat(byCoder.err().strip()).isEqualTo("caravan: only a project owner can change its members");

        CliRun badRole = run("postgres", "team", "members", "role", "nadia", "--role", "admin");
        assertThat(badRole.exit()).isEqualTo(1);
        assertThat(badRole.err()).contains("--role is owner, coder or viewer, not 'admin'");

        assertThat(run("postgres", "team", "members", "remove", "nadia").exit()).isZero();
        assertThat(run("postgres", "team", "members", "list").out()).doesNotContain("nadia");
    }

    @Test
    void aUrlWithoutSslmodeIsCheckedAgainstTheServersCertificate() {
        CliRun r = CliRun.with(
                Map.of(),
                text -> null,
                "team",
                "members",
                "list",
                "-p",
                PgTestServer.url(db).substring("jdbc:".length()),
                "--user",
                "postgres");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .contains("cannot connect to")
                .containsIgnoringCase("SSL")
                .doesNotContain("Exception");
    }
}
