package org.caravanqda.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * A backup's tables as data only (issue #22, ADR 0017): one JSON-lines member per table, written
 * and read by Caravan itself. The first line names the table, its columns in order and the next
 * value of its identity column; each further line is one row, a JSON array of plain values
 * (numbers, strings, booleans, null; times and dates as ISO text). Reading trusts nothing: the
 * header must name exactly the table and columns of the schema Caravan's own migrations made, each
 * value must have its column's type, and rows go in through typed prepared statements whose table
 * and column names come from that schema, never from the file. Nothing in a backup is ever run.
 */
final class BackupTables {
    /** Every column type Caravan's migrations use; a migration that adds another type must extend this class. */
    static final Set<String> TYPES = Set.of(
            "INTEGER",
            "BIGINT",
            "CHARACTER VARYING",
            "BOOLEAN",
            "TIMESTAMP",
            "TIMESTAMP WITH TIME ZONE",
            "DATE",
            "DOUBLE PRECISION");

    private static final String FLYWAY_TABLE = "flyway_schema_history";
    private static final int BATCH = 500;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE - 16) // a transcript may be 200 MB
                    .maxNestingDepth(3)
                    .maxNumberLength(64)
                    .maxNameLength(64)
                    .build())
            .build();

    record ColumnShape(String name, String type, boolean identity) {}

    /** A table of the schema, as INFORMATION_SCHEMA describes it. */
    record TableShape(String name, List<ColumnShape> columns) {
        /** The zip member holding this table: tables/NAME.jsonl in lower case. */
        String entry() {
            return BackupArchive.TABLES + name.toLowerCase(Locale.ROOT) + ".jsonl";
        }

        String quoted() {
            return quote(name);
        }
    }

    /** A backup's table member does not hold the data its schema allows; the message says where, never what. */
    static final class BadData extends Exception {
        private static final long serialVersionUID = 1L;

        BadData(String message) {
            super(message);
        }
    }

    private BackupTables() {}

    /** The tables of the database behind {@code c} (Flyway's own history excepted), by name. */
    static List<TableShape> of(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                if (!FLYWAY_TABLE.equals(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<TableShape> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, IS_IDENTITY"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?"
                + " ORDER BY ORDINAL_POSITION")) {
            for (String name : names) {
                ps.setString(1, name);
                List<ColumnShape> columns = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(2);
                        if (!TYPES.contains(type)) {
                            throw new IllegalStateException("column " + name + "." + rs.getString(1) + " has type "
                                    + type + ", which backups do not carry yet: extend BackupTables");
                        }
                        columns.add(new ColumnShape(rs.getString(1), type, "YES".equals(rs.getString(3))));
                    }
                }
                tables.add(new TableShape(name, List.copyOf(columns)));
            }
        }
        return List.copyOf(tables);
    }

    /** Writes the table's rows as Caravan's connection sees them (the caller's snapshot). {@code out} stays open. */
    static void write(Connection c, TableShape t, OutputStream out) throws SQLException {
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), new KeepOpen(out))) {
            g.writeStartObject();
            g.writeStringProperty("table", t.name());
            g.writeArrayPropertyStart("columns");
            for (ColumnShape col : t.columns()) {
                g.writeString(col.name());
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("next");
            for (ColumnShape col : t.columns()) {
                if (col.identity()) {
                    g.writeNumberProperty(col.name(), nextIdentity(c, t, col));
                }
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            StringBuilder select = new StringBuilder("SELECT ");
            for (int i = 0; i < t.columns().size(); i++) {
                select.append(i == 0 ? "" : ", ")
                        .append(quote(t.columns().get(i).name()));
            }
            select.append(" FROM ").append(t.quoted());
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(select.toString())) {
                while (rs.next()) {
                    g.writeStartArray();
                    for (int i = 0; i < t.columns().size(); i++) {
                        writeValue(g, rs, i + 1, t.columns().get(i).type());
                    }
                    g.writeEndArray();
                    g.writeRaw('\n');
                }
            }
        }
    }

    static long nextIdentity(Connection c, TableShape t, ColumnShape col) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, t.name());
            ps.setString(2, col.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : 1;
            }
        }
    }

    private static void writeValue(JsonGenerator g, ResultSet rs, int i, String type) throws SQLException {
        switch (type) {
            case "INTEGER", "BIGINT" -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
            case "BOOLEAN" -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) {
                    g.writeNull();
                } else {
                    g.writeBoolean(v);
                }
            }
            case "DOUBLE PRECISION" -> {
                double v = rs.getDouble(i);
                if (rs.wasNull()) {
                    g.writeNull();
                } else if (Double.isFinite(v)) {
                    g.writeNumber(v);
                } else {
                    g.writeString(Double.toString(v)); // NaN, Infinity, -Infinity
                }
            }
            case "TIMESTAMP" -> writeText(g, rs.getObject(i, LocalDateTime.class));
            case "TIMESTAMP WITH TIME ZONE" -> writeText(g, rs.getObject(i, java.time.OffsetDateTime.class));
            case "DATE" -> writeText(g, rs.getObject(i, LocalDate.class));
            default -> writeText(g, rs.getString(i));
        }
    }

    private static void writeText(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else {
            g.writeString(v.toString());
        }
    }

    /**
     * Reads one table member into the (empty) table with typed inserts and restarts its identity
     * column after the highest id. {@code entry} names the member in messages.
     */
    static long load(Connection c, TableShape t, InputStream in, String entry) throws BadData, SQLException {
        List<ColumnShape> cols = t.columns();
        StringBuilder insert =
                new StringBuilder("INSERT INTO ").append(t.quoted()).append(" (");
        for (int i = 0; i < cols.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append(quote(cols.get(i).name()));
        }
        insert.append(") VALUES (").append("?, ".repeat(cols.size() - 1)).append("?)");
        Map<String, Long> next = new HashMap<>();
        Map<String, Long> highest = new HashMap<>();
        long rows = 0;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in);
                PreparedStatement ps = c.prepareStatement(insert.toString())) {
            header(p, t, entry, next);
            int pending = 0;
            for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                rows++;
                if (tok != JsonToken.START_ARRAY) {
                    throw bad(entry, p, "a row is not a JSON array");
                }
                for (int i = 0; i < cols.size(); i++) {
                    ColumnShape col = cols.get(i);
                    Long id = readValue(p, ps, i + 1, col, entry);
                    if (col.identity() && id != null) {
                        highest.merge(col.name(), id, Math::max);
                    }
                }
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw bad(entry, p, "a row has more than the " + cols.size() + " values of its columns");
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (JacksonException e) {
            throw bad(entry, e.getLocation() == null ? -1 : e.getLocation().getLineNr(), "it is not valid JSON");
        }
        for (ColumnShape col : cols) {
            if (col.identity()) {
                long restart = Math.max(next.getOrDefault(col.name(), 1L), highest.getOrDefault(col.name(), 0L) + 1);
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER TABLE " + t.quoted() + " ALTER COLUMN " + quote(col.name()) + " RESTART WITH "
                            + restart);
                }
            }
        }
        return rows;
    }

    private static void header(JsonParser p, TableShape t, String entry, Map<String, Long> next) throws BadData {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw bad(entry, p, "its first line does not describe the table");
        }
        boolean named = false;
        boolean columns = false;
        for (JsonToken tok = p.nextToken(); tok != JsonToken.END_OBJECT; tok = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field == null ? "" : field) {
                case "table" -> {
                    if (value != JsonToken.VALUE_STRING || !t.name().equals(p.getString())) {
                        throw bad(entry, p, "its first line names another table");
                    }
                    named = true;
                }
                case "columns" -> {
                    List<String> names = new ArrayList<>();
                    if (value != JsonToken.START_ARRAY) {
                        throw bad(entry, p, "its columns are not a list");
                    }
                    for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                        if (n != JsonToken.VALUE_STRING
                                || names.size() > t.columns().size()) {
                            throw bad(entry, p, "its columns are not the table's");
                        }
                        names.add(p.getString());
                    }
                    if (!names.equals(
                            t.columns().stream().map(ColumnShape::name).toList())) {
                        throw bad(entry, p, "its columns are not those of the table at this schema version");
                    }
                    columns = true;
                }
                case "next" -> {
                    if (value != JsonToken.START_OBJECT) {
                        throw bad(entry, p, "its identity values are not an object");
                    }
                    for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                        String col = p.currentName();
                        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT
                                || t.columns().stream()
                                        .noneMatch(x -> x.identity() && x.name().equals(col))
                                || p.getLongValue() < 1) {
                            throw bad(entry, p, "its identity values do not fit the table");
                        }
                        next.put(col, p.getLongValue());
                    }
                }
                default -> throw bad(entry, p, "its first line holds something other than the table's description");
            }
        }
        if (!named || !columns) {
            throw bad(entry, p, "its first line does not describe the table");
        }
    }

    /** Sets parameter {@code i} from the next JSON value; returns a whole number's value (for identity columns). */
    private static Long readValue(JsonParser p, PreparedStatement ps, int i, ColumnShape col, String entry)
            throws BadData, SQLException {
        JsonToken tok = p.nextToken();
        if (tok == JsonToken.END_ARRAY) {
            throw bad(entry, p, "a row has fewer values than the table's columns");
        }
        if (tok == JsonToken.VALUE_NULL) {
            ps.setNull(i, sqlType(col.type()));
            return null;
        }
        switch (col.type()) {
            case "INTEGER" -> {
                expect(tok == JsonToken.VALUE_NUMBER_INT, entry, p, col);
                int v = p.getIntValue();
                ps.setInt(i, v);
                return (long) v;
            }
            case "BIGINT" -> {
                expect(tok == JsonToken.VALUE_NUMBER_INT, entry, p, col);
                long v = p.getLongValue();
                ps.setLong(i, v);
                return v;
            }
            case "BOOLEAN" -> {
                expect(tok == JsonToken.VALUE_TRUE || tok == JsonToken.VALUE_FALSE, entry, p, col);
                ps.setBoolean(i, tok == JsonToken.VALUE_TRUE);
            }
            case "DOUBLE PRECISION" -> {
                if (tok == JsonToken.VALUE_STRING) {
                    String s = p.getString();
                    expect(s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity"), entry, p, col);
                    ps.setDouble(i, Double.parseDouble(s));
                } else {
                    expect(tok == JsonToken.VALUE_NUMBER_INT || tok == JsonToken.VALUE_NUMBER_FLOAT, entry, p, col);
                    ps.setDouble(i, p.getDoubleValue());
                }
            }
            case "TIMESTAMP" -> {
                expect(tok == JsonToken.VALUE_STRING, entry, p, col);
                try {
                    ps.setObject(i, LocalDateTime.parse(p.getString()));
                } catch (DateTimeParseException e) {
                    throw bad(entry, p, "column " + col.name() + " holds something other than a time");
                }
            }
            case "TIMESTAMP WITH TIME ZONE" -> {
                expect(tok == JsonToken.VALUE_STRING, entry, p, col);
                try {
                    ps.setObject(i, zoned(p.getString()));
                } catch (DateTimeParseException e) {
                    throw bad(entry, p, "column " + col.name() + " holds something other than a time");
                }
            }
            case "DATE" -> {
                expect(tok == JsonToken.VALUE_STRING, entry, p, col);
                try {
                    ps.setObject(i, LocalDate.parse(p.getString()));
                } catch (DateTimeParseException e) {
                    throw bad(entry, p, "column " + col.name() + " holds something other than a date");
                }
            }
            default -> {
                expect(tok == JsonToken.VALUE_STRING, entry, p, col);
                ps.setString(i, p.getString());
            }
        }
        return null;
    }

    /**
     * A time with its offset; a backup made before V7 holds wall-clock times without one, which were
     * written in this machine's zone (V7 converts a project's own rows the same way).
     */
    static java.time.OffsetDateTime zoned(String text) {
        try {
            return java.time.OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text)
                    .atZone(java.time.ZoneId.systemDefault())
                    .toOffsetDateTime();
        }
    }

    private static void expect(boolean ok, String entry, JsonParser p, ColumnShape col) throws BadData {
        if (!ok) {
            throw bad(entry, p, "column " + col.name() + " holds a value that is not of its type, " + col.type());
        }
    }

    private static int sqlType(String type) {
        return switch (type) {
            case "INTEGER" -> Types.INTEGER;
            case "BIGINT" -> Types.BIGINT;
            case "BOOLEAN" -> Types.BOOLEAN;
            case "DOUBLE PRECISION" -> Types.DOUBLE;
            case "TIMESTAMP" -> Types.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE" -> Types.TIMESTAMP_WITH_TIMEZONE;
            case "DATE" -> Types.DATE;
            default -> Types.VARCHAR;
        };
    }

    private static BadData bad(String entry, JsonParser p, String why) {
        return bad(entry, p.currentLocation() == null ? -1 : p.currentLocation().getLineNr(), why);
    }

    private static BadData bad(String entry, int line, String why) {
        return new BadData(entry + (line > 0 ? " line " + line : "") + ": " + why);
    }

    /** An identifier of Caravan's own schema, quoted (it never comes from a backup). */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The zip's entry stream stays open when the JSON writer closes. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
