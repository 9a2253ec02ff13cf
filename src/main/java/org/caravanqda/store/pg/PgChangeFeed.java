package org.caravanqda.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.port.ChangeFeed;
import org.caravanqda.app.port.ChangeLog;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;

/**
 * The change log of a PostgreSQL project (migration V6_1), read up to the transaction-id horizon so
 * it never skips (issue #20, ADR 0026).
 *
 * <p>{@code change_log.seq} is handed out when a row is inserted, not when its transaction commits:
 * a transaction holding seq 2 may commit after one holding seq 3, and a reader that remembered "up to
 * 3" would never see 2. Every entry records the id of its transaction ({@code txid}); the horizon
 * {@code pg_snapshot_xmin(pg_current_snapshot())} is the oldest transaction still running, so every
 * transaction below it has committed (or never will). A page holds the entries with
 * {@code cursor <= txid < horizon}, ordered by (txid, seq), and its cursor is the horizon.
 *
 * <p>As the store's {@link ChangeLog}, the generation is that horizon: the search index records it,
 * and {@link #since} returns what the index has not seen. An entry read twice (the horizon moved
 * between reading the generation and the entries) is only indexed twice, which changes nothing.
 *
 * <p>The store adapter gives each session one of these on the session's connection.
 */
public final class PgChangeFeed implements ChangeLog, ChangeFeed {
    private static final String HORIZON = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";
    private static final String ENTRIES = "SELECT seq, at, coder, action, payload FROM change_log"
            + " WHERE txid >= (?::text)::xid8 AND txid < (?::text)::xid8 ORDER BY txid, seq";
    private final Connection connection;

    public PgChangeFeed(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long append(String coder, ChangeAction action, String payloadJson) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO change_log (at, coder, action, payload) VALUES (?, ?, ?, ?)", new String[] {"seq"})) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, coder);
            ps.setString(3, action.stored());
            ps.setString(4, payloadJson);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new PgFailure("cannot append to the change log", e);
        }
    }

    /** The horizon: every transaction with a lower id has ended. */
    @Override
    public long generation() {
        try (PreparedStatement ps = connection.prepareStatement(HORIZON);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        } catch (SQLException e) {
            throw new PgFailure("cannot read the change log's horizon", e);
        }
    }

    /** The entries the index has not seen when it is at generation {@code cursor}: up to the horizon now. */
    @Override
    public List<ChangeEntry> since(long cursor) {
        return after(cursor).entries();
    }

    @Override
    public Page after(long cursor) {
        long horizon = generation();
        if (horizon <= cursor) {
            return new Page(List.of(), cursor);
        }
        List<ChangeEntry> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(ENTRIES)) {
            ps.setString(1, Long.toString(cursor));
            ps.setString(2, Long.toString(horizon));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(2);
                    out.add(new ChangeEntry(
                            rs.getLong(1),
                            at == null ? null : at.toInstant(),
                            rs.getString(3),
                            ChangeAction.fromStored(rs.getString(4)),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new PgFailure("cannot read the change log", e);
        }
        return new Page(out, horizon);
    }
}
