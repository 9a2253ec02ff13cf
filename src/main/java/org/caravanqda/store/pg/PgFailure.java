package org.caravanqda.store.pg;

import java.sql.SQLException;

/** A database error of the PostgreSQL team tools: a bug, a server gone, or a refusal the caller explains. */
public final class PgFailure extends RuntimeException {
    public PgFailure(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }

    /** The server's SQLSTATE, or null. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
