package org.caravanqda.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.store.fs.FileUtils;

/**
 * Caravan's Flyway migrations (issue #22): the one source of what a project's schema may hold.
 * Besides migrating a project, they make the expected schema of each version: a clean database
 * migrated (in memory) to that version, whose meta records ({@link MetaFile}) are exactly what a
 * project at that version may hold ({@link SchemaTrust}).
 *
 * <p>Making that database costs about a second when a command starts, so for Caravan's own
 * migrations the records are kept in {@value #RECORDED} beside them, and ExpectedSchemaTest makes
 * them from the migrations on every build and fails (saying how to regenerate the file) when they
 * differ: a new migration cannot be forgotten. Other locations (the tests' extra migrations) are
 * computed when first asked, once per process.
 */
final class Migrations {
    static final List<String> MAIN = List.of("classpath:db/migration", "classpath:db/h2");
    static final String RECORDED = "db/schema-records.txt";
    private static final Map<List<String>, Migrations> BY_LOCATIONS = new ConcurrentHashMap<>();
    private final List<String> locations;
    /** version -> normalized record -> H2 object type; for MAIN, what {@value #RECORDED} holds. */
    private final Map<String, Map<String, Integer>> expected = new ConcurrentHashMap<>();

    /**
     * For MAIN, each version's record lines from {@value #RECORDED}, parsed when that version is asked for: a command
     * checks one version, and parsing all of them was a twentieth of a {@code stats}.
     */
    private final Map<String, List<String>> recordedLines;

    private volatile List<String> versions;

    private Migrations(List<String> locations, boolean useRecorded) {
        this.locations = List.copyOf(locations);
        recordedLines = useRecorded && this.locations.equals(MAIN) ? sections(recorded()) : Map.of();
        if (!recordedLines.isEmpty()) {
            versions = List.copyOf(recordedLines.keySet());
        }
    }

    static Migrations at(List<String> locations) {
        return BY_LOCATIONS.computeIfAbsent(List.copyOf(locations), l -> new Migrations(l, true));
    }

    /** Flyway over {@code source} with these migrations; {@code target} (a version) or null for the newest. */
    Flyway flyway(DataSource source, String target) {
        FluentConfiguration c = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(source)
                .locations(locations.toArray(String[]::new))
                .loggers("slf4j");
        if (target != null) {
            c = c.target(MigrationVersion.fromVersion(target));
        }
        return c.load();
    }

    /** The versions these migrations reach, oldest first. */
    List<String> versions() {
        List<String> v = versions;
        return v != null ? v : made(null);
    }

    /** Whether {@code version} is newer than every version these migrations reach (a newer Caravan's project). */
    boolean isNewer(String version) {
        List<String> known = versions();
        try {
            return known.isEmpty()
                    || MigrationVersion.fromVersion(version)
                                    .compareTo(MigrationVersion.fromVersion(known.get(known.size() - 1)))
                            > 0;
        } catch (RuntimeException e) {
            return false; // not a version at all
        }
    }

    /**
     * The normalized meta records ({@link SchemaRecords#normalize}) of a clean database migrated to
     * {@code version}, which must be one of {@link #versions()}, each with its H2 object type.
     */
    Map<String, Integer> expectedRecords(String version) {
        Map<String, Integer> r = expected.get(version);
        if (r == null && recordedLines.containsKey(version)) {
            r = expected.computeIfAbsent(version, v -> records(recordedLines.get(v)));
        }
        if (r == null) {
            made(version);
            r = expected.get(version);
        }
        if (r == null) {
            throw new IllegalArgumentException("no migration reaches version " + version);
        }
        return r;
    }

    /** Every version's records as the migrations at {@code locations} make them now, never from {@value #RECORDED}. */
    static Map<String, Map<String, Integer>> madeNow(List<String> locations) {
        Migrations fresh = new Migrations(locations, false);
        Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
        for (String v : fresh.versions()) {
            all.put(v, fresh.expectedRecords(v));
        }
        return all;
    }

    /**
     * One clean database in memory (an H2 file in its in-memory file system, so its records are
     * those of a file database): Flyway lists the versions, migrates it to {@code version} when that
     * is one of them, and the closed file's records are read as a project's are. Returns the versions.
     */
    private synchronized List<String> made(String version) {
        if (versions != null && (version == null || expected.containsKey(version))) {
            return versions;
        }
        String folder = "memFS:/caravan-migrations-" + UUID.randomUUID();
        try {
            org.h2.jdbcx.JdbcDataSource source = H2ProjectStores.dataSource(
                    "jdbc:h2:" + folder + "/caravan;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0",
                    null);
            boolean migrated = false;
            try (Connection keepOpen = source.getConnection();
                    Statement st = keepOpen.createStatement()) {
                List<String> known = Arrays.stream(flyway(source, null).info().all())
                        .map(MigrationInfo::getVersion)
                        .filter(Objects::nonNull)
                        .map(MigrationVersion::getVersion)
                        .toList();
                if (versions == null) {
                    versions = known;
                }
                if (version != null && known.contains(version)) {
                    flyway(source, version).migrate();
                    migrated = true;
                }
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the schema of Caravan's migrations", e);
            }
            if (migrated) {
                Map<String, Integer> records = new HashMap<>();
                for (MetaFile.Entry e :
                        MetaFile.read(folder + "/caravan.mv.db", null).entries()) {
                    records.put(SchemaRecords.normalize(e.type(), e.sql()), e.type());
                }
                expected.put(version, Map.copyOf(records));
            }
            return versions;
        } finally {
            FileUtils.deleteRecursive(folder, false);
        }
    }

    /** {@value #RECORDED} as text: a "V" line per version, then one "type TAB record" line per record, sorted. */
    static String render(Map<String, Map<String, Integer>> byVersion) {
        StringBuilder b = new StringBuilder()
                .append("# Caravan's schema as H2 records it, version by version: exactly what a project's database\n")
                .append("# may hold (issue #22, ADR 0017). Made from db/migration by ExpectedSchemaTest, which fails\n")
                .append("# when it is out of date; regenerate it, never edit it:\n")
                .append("#   mvn -o test -Dtest=ExpectedSchemaTest -Dcaravan.schema.write=true\n");
        byVersion.forEach((version, records) -> {
            b.append('V').append(version).append('\n');
            new TreeMap<>(records)
                    .forEach((sql, type) ->
                            b.append(type).append('\t').append(escape(sql)).append('\n'));
        });
        return b.toString();
    }

    static Map<String, Map<String, Integer>> parse(String text) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        sections(text).forEach((version, lines) -> out.put(version, records(lines)));
        return out;
    }

    /** Version -> its record lines, in the file's order; comments and empty lines left out. */
    private static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("V")) {
                current = new ArrayList<>();
                out.put(line.substring(1), current);
            } else {
                Objects.requireNonNull(current, "a record before its version").add(line);
            }
        }
        return out;
    }

    /** One version's "type TAB record" lines as normalized record -> H2 object type. */
    private static Map<String, Integer> records(List<String> lines) {
        Map<String, Integer> records = new HashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            records.put(unescape(line.substring(tab + 1)), Integer.parseInt(line.substring(0, tab)));
        }
        return Map.copyOf(records);
    }

    private static String recorded() {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(RECORDED)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(
                        switch (n) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            default -> n;
                        });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
