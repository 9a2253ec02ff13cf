package org.caravanqda.store.pg;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;

/**
 * Where a server project lives (issue 20, ADR 0025): {@code postgresql://host[:port]/database}, or
 * the same with {@code jdbc:} in front. TLS is required and the server's name is checked against
 * its certificate ({@code sslmode=verify-full}, the default); a weaker mode is refused. A password
 * never appears in the address: it comes from PGPASSWORD, ~/.pgpass or a prompt.
 *
 * @param user from the address ({@code user@host} or {@code ?user=}), else PGUSER, else the OS user
 * @param options the TLS options the address gave (sslrootcert, sslcert, sslkey), passed to the driver
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options) {
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> TLS_FILES = Set.of("sslrootcert", "sslcert", "sslkey");

    public ServerAddress {
        options = Map.copyOf(options);
    }

    /** Whether {@code text} names a server project rather than a folder. */
    public static boolean isServer(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("jdbc:postgresql://") || t.startsWith("postgres://");
    }

    /** Parses an address; any problem is one line saying what to write instead. */
    public static ServerAddress parse(String text) {
        return parse(text, System.getenv("PGUSER"), System.getProperty("user.name"));
    }

    static ServerAddress parse(String text, String envUser, String osUser) {
        if (!isServer(text)) {
            throw new CaravanException("not a server address: " + text + " (write postgresql://host[:port]/database)");
        }
        String rest = text.substring(text.indexOf("://") + 3);
        int end = rest.indexOf('/');
        String head = end < 0 ? rest : rest.substring(0, end);
        if (head.contains("@") && head.substring(0, head.lastIndexOf('@')).contains(":")
                || text.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
            // refused before anything else, and never repeated: the message must not echo the password
            throw new CaravanException("a password never goes in the address: use PGPASSWORD, ~/.pgpass,"
                    + " or type it when asked (the address was refused)");
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw new CaravanException("the address " + text + " names no database (write postgresql://"
                    + (slash < 0 ? rest : rest.substring(0, slash)) + "/DATABASE)");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1));
        if (database.contains("/")) {
            throw new CaravanException("the address " + text + " names more than a database after the host");
        }
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = decode(authority.substring(0, at));
            authority = authority.substring(at + 1);
        }
        String host = authority;
        int port = DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new CaravanException("the port in " + text + " is not a number");
            }
            if (port < 1 || port > 65535) {
                throw new CaravanException("the port in " + text + " is not between 1 and 65535");
            }
        }
        if (host.isEmpty()) {
            throw new CaravanException("the address " + text + " names no host (write postgresql://HOST/database)");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key) {
                case "sslmode" -> requireVerifyFull(value);
                case "user" -> user = value;
                case "password" ->
                    throw new CaravanException(
                            "a password never goes in the address: use PGPASSWORD, ~/.pgpass, or type it when asked"
                                    + " (the address was refused)");
                default -> {
                    if (!TLS_FILES.contains(key)) {
                        throw new CaravanException("the address option " + key
                                + " is not one Caravan passes on (it takes sslmode, sslrootcert, sslcert, sslkey,"
                                + " user)");
                    }
                    options.put(key, value);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            user = envUser != null && !envUser.isEmpty() ? envUser : osUser;
        }
        return new ServerAddress(host, port, database, user, options);
    }

    /**
     * verify-full only: every weaker mode lets someone between Caravan and the server read the
     * transcripts (disable, allow, prefer: maybe plaintext; require: any certificate) or pose as the
     * server (verify-ca: any certificate the CA signed, for any host).
     */
    private static void requireVerifyFull(String mode) {
        if (!mode.equals("verify-full")) {
            throw new CaravanException("sslmode=" + mode + " is refused: Caravan talks to a server only over TLS"
                    + " with the server's certificate and name checked (sslmode=verify-full, the default)");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address as the user writes it, without user or options: for messages and the local folder's note. */
    public String display() {
        return "postgresql://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }

    /** The driver's URL: TLS with the certificate and host name checked, whatever the driver's default. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The driver's connection properties; the password is added by {@link ServerCredentials}. */
    java.util.Properties properties() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user);
        p.setProperty("sslmode", "verify-full");
        p.setProperty("ApplicationName", "Caravan");
        options.forEach(p::setProperty);
        return p;
    }

    @Override
    public String toString() {
        return display();
    }
}
