package org.caravanqda.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Faults;
import org.h2.api.ErrorCode;

/**
 * What a failed database call means for the user. A full disk, a project folder moved away and
 * a value longer than its column are not bugs and not damage: each becomes one line (a {@link
 * CaravanException}, so exit 1) after the transaction was rolled back, instead of "internal
 * error" or "the database file is damaged, restore a backup". Anything else stays what it was.
 */
final class StoreFaults {
    /** H2: {@code Value too long for column "NAME CHARACTER VARYING(500)": "'...' (612)"}. */
    private static final Pattern TOO_LONG = Pattern.compile("column \"([A-Za-z_]+)[^\"]*?\\((\\d+)\\)\"");

    private StoreFaults() {}

    /** The one-line refusal {@code failure} stands for, or null when it is none of these. */
    static CaravanException translate(Throwable failure, Path dir) {
        CaravanException conflict = Conflicts.asConflict(failure);
        if (conflict != null) {
            return conflict;
        }
        List<Throwable> chain = withNextExceptions(failure);
        for (Throwable t : chain) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.VALUE_TOO_LONG_2) {
                return new CaravanException(tooLong(s.getMessage()) + "; nothing was changed", failure);
            }
        }
        Throwable all = new RuntimeException("every exception of the failure");
        chain.forEach(all::addSuppressed);
        String why = Faults.explain(all, dir, List.of());
        if (why == null || Faults.kind(all, dir, List.of()) == Faults.Kind.OUT_OF_MEMORY) {
            return null;
        }
        return new CaravanException(why + " (nothing was changed)", failure);
    }

    /** As {@link #translate}, else the SQL failure as a bug. */
    static RuntimeException failure(SQLException e, Path dir) {
        CaravanException known = translate(e, dir);
        return known != null ? known : new StoreFailure(e);
    }

    /** Says which column and its limit, never the value (it may quote a transcript). */
    static String tooLong(String message) {
        Matcher m = TOO_LONG.matcher(message == null ? "" : message);
        if (m.find()) {
            return "a value is too long to store: " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                    + " can have at most " + m.group(2) + " characters";
        }
        return "a value is too long to store";
    }

    /** The chain plus every SQLException's next exceptions (a batch keeps its rows' failures there). */
    private static List<Throwable> withNextExceptions(Throwable failure) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable t : Faults.chain(failure)) {
            out.add(t);
            if (t instanceof SQLException s) {
                for (SQLException n = s.getNextException(); n != null && out.size() < 128; n = n.getNextException()) {
                    out.addAll(Faults.chain(n));
                }
            }
        }
        return out;
    }
}
