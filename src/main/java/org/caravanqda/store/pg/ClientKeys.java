package org.caravanqda.store.pg;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The key of this login's local cache of a server project (ADR 0030): 256 random bits kept on the
 * server in {@code client_key} (migration V7_1), one row per login that only that login can read
 * (row-level security on {@code session_user}). It is made on first use and fetched over the
 * project's TLS connection at every open; the local folder never holds it, so a laptop without the
 * server login holds only ciphertext.
 */
final class ClientKeys {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientKeys() {}

    /** This login's key, made now when it has none yet. */
    static byte[] fetch(Connection c) throws SQLException {
        byte[] kept = read(c);
        if (kept != null) {
            return kept;
        }
        byte[] fresh = new byte[BYTES];
        RANDOM.nextBytes(fresh);
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO client_key (secret) VALUES (?) ON CONFLICT (login) DO NOTHING")) {
            ps.setBytes(1, fresh);
            ps.executeUpdate();
        }
        byte[] now = read(c); // another process of this login may have made one first
        if (now == null) {
            throw new SQLException("the server kept no cache key for this login");
        }
        return now;
    }

    /**
     * Replaces this login's key with a new one: every cache made under the old key stops
     * decrypting and is rebuilt from the server at its next open. Returns whether there was one.
     */
    static boolean rotate(Connection c) throws SQLException {
        boolean had;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM client_key WHERE login = session_user")) {
            had = ps.executeUpdate() > 0;
        }
        fetch(c);
        return had;
    }

    private static byte[] read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM client_key WHERE login = session_user");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            byte[] key = rs.getBytes(1);
            return key != null && key.length == BYTES ? key : null;
        }
    }
}
