package org.caravanqda.store;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.engine.DbObject;

/**
 * Compares H2's meta records ({@link MetaFile}) of a project with those of a clean database that
 * Caravan's migrations made. Records are H2's own canonical SQL, and two databases made by the same
 * migrations write the same records except for values H2 generates: the names of identity
 * sequences (random UUIDs) and their current values, the user's password salt and hash, H2's build
 * number, the names H2 gives indexes and constraints (which differ between a database migrated
 * here and one rebuilt from a script), and the column statistics H2's automatic ANALYZE writes into
 * a table's record once a table has seen a few thousand changed rows ({@code SELECTIVITY 12}: a
 * planner hint that runs nothing; a big import or restore writes it, and CI once saw a restore
 * refused for it). {@link #normalize} blanks exactly those, with patterns that
 * match only hex digits, digits or plain identifiers in those places, so a record that normalizes
 * to an expected one differs from it only in such names and numbers and does the same thing. It is
 * an allow-list: anything else in a record (another statement, an expression, a class name) makes
 * it differ. {@link #describe} names a record for the user.
 */
final class SchemaRecords {
    private static final Pattern SYSTEM_SEQUENCE =
            Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F]{8}_[0-9A-F]{4}_[0-9A-F]{4}_[0-9A-F]{4}_[0-9A-F]{12}");
    private static final Pattern RESTART = Pattern.compile(" RESTART WITH -?[0-9]+(?= )");
    private static final Pattern USER_SECRET = Pattern.compile(" SALT '[0-9a-f]*' HASH '[0-9a-f]*'");
    private static final Pattern SELECTIVITY = Pattern.compile(" SELECTIVITY [0-9]{1,3}(?=[ ,\n]|$)");
    private static final Pattern BUILD = Pattern.compile("^SET CREATE_BUILD [0-9]+$");
    private static final String NAME = "\"[A-Za-z0-9_]+\"\\.\"[A-Za-z0-9_]+\"";
    private static final Pattern INDEX_NAME =
            Pattern.compile("^(CREATE (?:PRIMARY KEY|(?:UNIQUE (?:NULLS DISTINCT )?)?INDEX) )" + NAME + "( ON )");
    private static final Pattern CONSTRAINT_NAME =
            Pattern.compile("^(ALTER TABLE " + NAME + " ADD CONSTRAINT )" + NAME + "( )");
    private static final Pattern CONSTRAINT_INDEX = Pattern.compile(" INDEX " + NAME + "(?= |$)");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"(?:\\.\"((?:[^\"]|\"\")*)\")?");
    private static final int MAX_NAME = 60;

    /**
     * Settings Caravan's own connection URL writes (WRITE_DELAY=0, H2ProjectStores.url): accepted
     * when present, never required, since projects made before the setting lack it. Exact values
     * only; a setting does not run code, but nothing outside this list is taken on trust.
     */
    static final Set<String> CONNECTION_SETTINGS = Set.of("SET WRITE_DELAY 0");

    private SchemaRecords() {}

    /** The record with the values H2 generates blanked; equal for the same object in any database Caravan made. */
    static String normalize(int type, String sql) {
        String s = SYSTEM_SEQUENCE.matcher(sql).replaceAll("SYSTEM_SEQUENCE_*");
        return switch (type) {
            case DbObject.SEQUENCE -> RESTART.matcher(s).replaceAll("");
            case DbObject.TABLE_OR_VIEW -> SELECTIVITY.matcher(s).replaceAll("");
            case DbObject.USER -> USER_SECRET.matcher(s).replaceFirst(" SALT * HASH *");
            case DbObject.SETTING -> BUILD.matcher(s).matches() ? "SET CREATE_BUILD *" : s;
            case DbObject.INDEX -> INDEX_NAME.matcher(s).replaceFirst("$1*$2");
            case DbObject.CONSTRAINT ->
                CONSTRAINT_INDEX
                        .matcher(CONSTRAINT_NAME.matcher(s).replaceFirst("$1*$2"))
                        .replaceAll("");
            default -> s;
        };
    }

    /** A short name for the user: "trigger PUBLIC.PWN", "index on PUBLIC.CODING", "user EVIL"; never a line break. */
    static String describe(int type, String sql) {
        return switch (type) {
            case DbObject.TABLE_OR_VIEW -> tableKind(sql) + " " + firstName(sql);
            case DbObject.INDEX -> "index on " + nameAfter(sql, " ON ");
            case DbObject.CONSTRAINT -> "constraint on " + firstName(sql);
            case DbObject.USER -> "user " + firstName(sql);
            case DbObject.SEQUENCE -> "sequence " + firstName(sql);
            case DbObject.TRIGGER -> "trigger " + firstName(sql);
            case DbObject.SETTING -> "setting " + settingName(sql);
            case DbObject.ROLE -> "role " + firstName(sql);
            case DbObject.RIGHT -> "grant " + firstName(sql);
            case DbObject.FUNCTION_ALIAS -> "function alias " + firstName(sql);
            case DbObject.SCHEMA -> "schema " + firstName(sql);
            case DbObject.CONSTANT -> "constant " + firstName(sql);
            case DbObject.DOMAIN -> "domain " + firstName(sql);
            case DbObject.COMMENT -> "comment on " + firstName(sql);
            case DbObject.AGGREGATE -> "aggregate function " + firstName(sql);
            case DbObject.SYNONYM -> "synonym " + firstName(sql);
            default -> "object of H2 type " + type + " " + firstName(sql);
        };
    }

    private static String tableKind(String sql) {
        String head = sql.substring(0, Math.max(0, sql.indexOf('"'))).toUpperCase(java.util.Locale.ROOT);
        return head.contains(" VIEW ") ? "view" : head.contains(" LINKED ") ? "linked table" : "table";
    }

    private static String firstName(String sql) {
        return nameIn(sql, 0);
    }

    private static String nameAfter(String sql, String marker) {
        int at = sql.indexOf(marker);
        return nameIn(sql, at < 0 ? 0 : at + marker.length());
    }

    private static String nameIn(String sql, int from) {
        Matcher m = QUOTED.matcher(sql);
        if (!m.find(from)) {
            return "(unnamed)";
        }
        String name = m.group(1).replace("\"\"", "\"")
                + (m.group(2) == null ? "" : "." + m.group(2).replace("\"\"", "\""));
        return printable(name);
    }

    private static String settingName(String sql) {
        String[] words = sql.split("\\s+");
        return printable(words.length > 1 ? words[1] : sql);
    }

    /** At most {@value #MAX_NAME} characters, control and format characters shown as U+FFFD (a name is the attacker's). */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(MAX_NAME).forEach(c -> {
            int t = Character.getType(c);
            b.appendCodePoint(
                    t == Character.CONTROL
                                    || t == Character.FORMAT
                                    || t == Character.LINE_SEPARATOR
                                    || t == Character.PARAGRAPH_SEPARATOR
                                    || t == Character.UNASSIGNED
                            ? 0xFFFD
                            : c);
        });
        return s.codePointCount(0, s.length()) > MAX_NAME ? b + "..." : b.toString();
    }
}
