package org.caravanqda.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.caravanqda.app.port.TeamMembers.Role;
import org.junit.jupiter.api.Test;

/**
 * The cache keys of a server project (V7_1, ADR 0030): one random 256-bit key per login, and
 * row-level security lets a login see, make and remove only its own, the tables' owner included.
 */
class ClientKeysTest {
    @Test
    void eachLoginReadsOnlyItsOwnKeyAndCannotTouchAnothers() throws Exception {
        String db = PgTestServer.newProject("keys");
        String suffix = db.substring(db.indexOf('_'));
        String kim = "kim" + suffix;
        String vera = "vera" + suffix;
        String olga = "olga" + suffix;
        byte[] adminKey;
        try (Connection admin = PgTestServer.connect(db, PgTestServer.SUPERUSER)) {
            TeamAdmin members = new TeamAdmin(admin);
            members.add(kim, Role.CODER, null, "Kim");
            members.add(vera, Role.VIEWER, null, null);
            members.add(olga, Role.OWNER, null, "Olga");
            adminKey = ClientKeys.fetch(admin);
            assertThat(adminKey).hasSize(32);
            assertThat(ClientKeys.fetch(admin)).as("kept, not made again").isEqualTo(adminKey);
            // the tables' owner is held to the policy too (FORCE ROW LEVEL SECURITY)
            try (Statement st = admin.createStatement()) {
                st.execute("ALTER TABLE client_key OWNER TO " + olga);
            }
        }
        byte[] kims;
        try (Connection c = PgTestServer.connect(db, kim)) {
            assertThat(count(c)).as("another login's key is invisible").isZero();
            kims = ClientKeys.fetch(c);
            assertThat(kims).hasSize(32).isNotEqualTo(adminKey);
            assertThat(count(c)).isEqualTo(1);
            assertThat(update(c, "DELETE FROM client_key WHERE login = 'postgres'"))
                    .isZero();
            assertThatThrownBy(() -> update(c, "UPDATE client_key SET secret = secret WHERE login = 'postgres'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> update(
                            c,
                            "INSERT INTO client_key (login, secret) VALUES ('" + vera
                                    + "', decode(repeat('00', 32), 'hex'))"))
                    .hasMessageContaining("row-level security");
            // rotation replaces the login's own key only
            assertThat(ClientKeys.rotate(c)).isTrue();
            assertThat(ClientKeys.fetch(c)).isNotEqualTo(kims);
        }
        try (Connection c = PgTestServer.connect(db, vera)) {
            assertThat(count(c)).isZero();
            assertThat(ClientKeys.fetch(c))
                    .as("a viewer keeps a key for their own cache")
                    .hasSize(32);
            assertThat(count(c)).isEqualTo(1);
        }
        try (Connection c = PgTestServer.connect(db, olga)) {
            assertThat(count(c)).as("the tables' owner sees no one else's").isZero();
            assertThat(update(c, "DELETE FROM client_key")).isZero();
        }
        try (Connection admin = PgTestServer.connect(db, PgTestServer.SUPERUSER)) {
            assertThat(count(admin)).as("postgres, kim, vera: each kept").isEqualTo(3);
            assertThat(ClientKeys.fetch(admin)).isEqualTo(adminKey);
        }
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM client_key")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }
}
