package org.caravanqda.store;

import java.sql.SQLException;

/** An unexpected database error: a bug or a damaged file, not bad user input. */
final class StoreFailure extends RuntimeException {
    StoreFailure(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }
}
