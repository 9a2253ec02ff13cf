package org.caravanqda.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.TeamMembers;

/**
 * Members of a PostgreSQL team project (issue #20, ADR 0026), on an owner's connection. A member is a
 * login role granted one of the project's group roles ({@code <database>_owner|coder|viewer}, made by
 * migration V6_1) and named in {@code coder.login}, which row-level security reads. Every statement
 * quotes names on the server ({@code format('%I')}, {@code %L}), so no login or password reaches SQL
 * unquoted. Each change is one transaction.
 */
public final class TeamAdmin implements TeamMembers {
    /** Logins as PostgreSQL writes unquoted names, so members type them as they are. */
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_.@-]{0,62}");

    private static final String[] COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};
    private final Connection connection;

    public TeamAdmin(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void add(String login, Role role, char[] password, String coder) {
        String name = checkLogin(login);
        String coderName = coder == null || coder.isBlank() ? name : coder.strip();
        inTransaction(() -> {
            requireOwner();
            if (!exists("SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                if (password == null) {
                    execute("SELECT format('CREATE ROLE %I LOGIN', ?::text)", name);
                } else {
                    execute(
                            "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)",
                            name, new String(password));
                }
            }
            grantOnly(name, role);
            String mapped = text("SELECT name FROM coder WHERE login = ?", name);
            if (mapped != null && !mapped.equals(coderName)) {
                throw new CaravanException("'" + name + "' is already a member, coding as '" + mapped + "'");
            }
            String other = text("SELECT login FROM coder WHERE name = ?", coderName);
            if (other != null && !other.equals(name)) {
                throw new CaravanException("the coder '" + coderName + "' belongs to the member '" + other + "'");
            }
            if (exists("SELECT 1 FROM coder WHERE name = ?", coderName)) {
                update("UPDATE coder SET login = ? WHERE name = ?", name, coderName);
            } else {
                long n = count("SELECT COUNT(*) FROM coder");
                update(
                        "INSERT INTO coder (name, color, login) VALUES (?, ?, ?)",
                        coderName,
                        COLORS[(int) (n % COLORS.length)],
                        name);
            }
            return null;
        });
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public void remove(String login) {
        String name = checkLogin(login);
        inTransaction(() -> {
            requireOwner();
            requireMember(name);
            if (name.equals(text("SELECT current_user"))) {
                throw new CaravanException("an owner cannot remove themselves; another owner can");
            }
            for (Role r : Role.values()) {
                execute("SELECT format('REVOKE %I FROM %I', ?::text, ?::text)", group(r), name);
            }
            update("UPDATE coder SET login = NULL WHERE login = ?", name);
            return null;
        });
    }

    @Override
    public void role(String login, Role role) {
        String name = checkLogin(login);
        inTransaction(() -> {
            requireOwner();
            requireMember(name);
            grantOnly(name, role);
            return null;
        });
    }

    @Override
    public List<Member> list() {
        return inTransaction(() -> {
            List<Member> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT login, name FROM coder" + " WHERE login IS NOT NULL ORDER BY login")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Member(rs.getString(1), rs.getString(2), roleOf(rs.getString(1))));
                    }
                }
            }
            return out;
        });
    }

    /** The group role of {@code role} in this project: {@code <database>_owner} and so on. */
    public String group(Role role) throws SQLException {
        return text("SELECT caravan_role(?)", role.name().toLowerCase(Locale.ROOT));
    }

    private Role roleOf(String login) throws SQLException {
        for (Role r : Role.values()) {
            if (exists(
                    "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                            + " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?",
                    group(r),
                    login)) {
                return r;
            }
        }
        return null;
    }

    private void grantOnly(String login, Role role) throws SQLException {
        for (Role r : Role.values()) {
            if (r != role) {
                execute("SELECT format('REVOKE %I FROM %I', ?::text, ?::text)", group(r), login);
            }
        }
        execute("SELECT format('GRANT %I TO %I', ?::text, ?::text)", group(role), login);
    }

    /** Members may be changed by the tables' owner (who made the project) or a member of the owner role. */
    private void requireOwner() throws SQLException {
        boolean owner = exists(
                        "SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'coder' AND tableowner = current_user")
                || exists("SELECT 1 WHERE pg_has_role(current_user, caravan_role('owner'), 'MEMBER')");
        if (!owner) {
            throw new CaravanException("only a project owner can change its members");
        }
    }

    private void requireMember(String login) throws SQLException {
        if (!exists("SELECT 1 FROM coder WHERE login = ?", login)) {
            throw new CaravanException("'" + login + "' is not a member of this project");
        }
    }

    private static String checkLogin(String login) {
        String l = login == null ? "" : login.strip();
        if (!LOGIN.matcher(l).matches()) {
            throw new CaravanException("a login is 1 to 63 lower-case letters, digits, _ . @ or -, starting with a"
                    + " letter or _: '" + l + "' is not");
        }
        if (l.startsWith("pg_")) {
            throw new CaravanException("logins starting with pg_ are the server's own");
        }
        return l;
    }

    /** Runs a statement that {@code generator} (a SELECT format(...)) builds on the server with quoted names. */
    private void execute(String generator, String... params) throws SQLException {
        String statement = text(generator, (Object[]) params);
        try (Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private String text(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private boolean exists(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new CaravanException(
                        "the server refused: " + e.getMessage() + " (only an owner with the"
                                + " CREATEROLE right can add logins)",
                        e);
            }
            throw new PgFailure("cannot change the project's members", e);
        }
    }
}
