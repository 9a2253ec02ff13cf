package org.caravanqda.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A Caravan backup zip (ADR 0010, format 2 of ADR 0017): a small manifest, then the database as
 * data only, one JSON-lines member per table ({@link BackupTables}), read inside one snapshot
 * transaction while other connections keep committing. An encrypted project's members are each
 * encrypted as before (H2's AES file store under the project's file key, the zip carrying the key
 * file). Restoring builds a fresh database with Caravan's own migrations at the backup's schema
 * version and inserts the rows; nothing in a backup is ever run. A backup in the old SQL-script
 * format (format 1) is refused with a message naming the Caravan that reads it.
 */
final class BackupArchive {
    static final String MANIFEST = "caravan-backup.properties";
    static final String TABLES = "tables/";
    /** An encrypted project's backup also carries its key file (salt and password check, no secret). */
    static final String KEY_ENTRY = ProjectKeyFile.FILE;

    static final String FORMAT = "caravan-backup 2";
    static final String SCRIPT_FORMAT = "caravan-backup 1";
    static final long MAX_DB_BYTES = 16L << 30;
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private static final int MAX_ENTRIES = 1000;
    private static final Pattern TABLE_ENTRY = Pattern.compile("tables/[a-z0-9_]{1,64}\\.jsonl");
    private static final Pattern PLAIN_VERSION = Pattern.compile("[A-Za-z0-9._+-]{1,40}");

    private BackupArchive() {}

    /** What a checked backup's manifest says. */
    record Manifest(BackupInfo info, boolean encrypted, byte[] keyFile) {
        String schemaVersion() {
            return info.schemaVersion();
        }
    }

    /**
     * Writes the backup beside {@code out} under a temporary name and moves it into place. With a
     * {@code fileKey} (an encrypted project in {@code dir}) each table is encrypted before it is
     * written, so no plaintext ever reaches the disk, and the project's key file goes along.
     */
    static BackupInfo write(Connection c, Path out, char[] fileKey, Path dir) {
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            return snapshot(c, target, fileKey, dir);
        } catch (IOException e) {
            throw new CaravanException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new CaravanException("cannot back up the project: " + H2ProjectStores.rootMessage(e), e);
        }
    }

    /** The whole database as one snapshot: the manifest's facts and every table agree with each other. */
    private static BackupInfo snapshot(Connection c, Path target, char[] fileKey, Path dir)
            throws SQLException, IOException {
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            c.setAutoCommit(false);
            String project = firstString(c, "SELECT name FROM project");
            String schema = schemaVersion(c);
            List<BackupTables.TableShape> tables = BackupTables.of(c);
            Instant now = Instant.now();
            // forced to disk before it takes the target's name
            AtomicFiles.to(target).synced().stream(stream -> {
                try (ZipOutputStream zip = new ZipOutputStream(stream)) {
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    Properties manifest = manifest(project, schema, now, tables);
                    if (fileKey != null) {
                        manifest.setProperty("encrypted", "true");
                    }
                    manifest.store(zip, "Caravan project backup");
                    zip.closeEntry();
                    for (BackupTables.TableShape t : tables) {
                        zip.putNextEntry(new ZipEntry(t.entry()));
                        if (fileKey == null) {
                            BackupTables.write(c, t, zip);
                        } else {
                            writeEncrypted(c, t, zip, target, fileKey);
                        }
                        zip.closeEntry();
                    }
                    if (fileKey != null) {
                        zip.putNextEntry(new ZipEntry(KEY_ENTRY));
                        Files.copy(dir.resolve(ProjectKeyFile.FILE), zip);
                        zip.closeEntry();
                    }
                } catch (SQLException e) {
                    throw new IOException("cannot read the project: " + H2ProjectStores.rootMessage(e), e);
                }
            });
            c.commit();
            return new BackupInfo(target, CaravanVersion.get(), schema, project, now, Files.size(target));
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
            c.setTransactionIsolation(isolation);
        }
    }

    /** One table through H2's AES file store (exactly as H2's SCRIPT ... CIPHER AES wrote format 1) into the zip. */
    private static void writeEncrypted(
            Connection c, BackupTables.TableShape t, OutputStream zip, Path target, char[] fileKey)
            throws IOException, SQLException {
        Path tmp = Files.createTempFile(
                target.getParent(), "." + target.getFileName() + "-", ".tmp", PrivateFiles.ownerOnlyFile(target));
        try {
            try (OutputStream enc = new java.io.BufferedOutputStream(
                    new org.h2.store.FileStoreOutputStream(cipherStore(tmp, "rw", fileKey), null), 1 << 16)) {
                BackupTables.write(c, t, enc);
            }
            Files.copy(tmp, zip);
        } finally {
            AtomicFiles.deleteQuietly(tmp);
        }
    }

    /** H2's encrypted file store for a backup member: AES under the file key's "script" hash, as SCRIPT CIPHER AES used. */
    private static org.h2.store.FileStore cipherStore(Path file, String mode, char[] fileKey) {
        org.h2.store.FileStore store = org.h2.store.FileStore.open(
                null,
                file.toString(),
                mode,
                "AES",
                org.h2.security.SHA256.getKeyPasswordHash("script", fileKey.clone())); // H2 zeroes what it is given
        store.setCheckedWriting(false);
        store.init();
        return store;
    }

    /**
     * Checks what can be checked without a schema: a zip of at most the expected kinds of entry
     * (no path ever comes from an entry name), a bounded manifest of this format naming a schema
     * version these migrations have, and the key file when (and only when) it says it is encrypted.
     */
    static Manifest inspect(Path zip, Migrations migrations) {
        if (!Files.isRegularFile(zip)) {
            throw new CaravanException(zip + ": no such backup file");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = entryNames(z, zip);
            if (!names.contains(MANIFEST)) {
                throw refused(zip, "it has no " + MANIFEST + " (it holds " + shortList(names) + ")");
            }
            Properties m = new Properties();
            try (InputStream in = z.getInputStream(z.getEntry(MANIFEST))) {
                m.load(new ByteArrayInputStream(readBounded(in, MAX_MANIFEST_BYTES, zip, "its manifest")));
            }
            String format = m.getProperty("format");
            String writer = plain(m.getProperty("caravan-version"));
            if (SCRIPT_FORMAT.equals(format)) {
                throw refused(
                        zip,
                        "it is an SQL-script backup (format 1, written by Caravan " + writer
                                + "), and this Caravan never runs a backup's SQL, which can run code; restore it"
                                + " with the Caravan that wrote it (Caravan " + writer
                                + "; any Caravan 0.1.0 from before data-only backups reads format 1), then back the"
                                + " project up again with this one");
            }
            if (!FORMAT.equals(format)) {
                throw refused(zip, "its manifest is not a Caravan backup manifest");
            }
            for (String n : names) {
                if (!n.equals(MANIFEST)
                        && !n.equals(KEY_ENTRY)
                        && !TABLE_ENTRY.matcher(n).matches()) {
                    throw refused(
                            zip,
                            "it should hold " + MANIFEST + " and " + TABLES + "*.jsonl only, not "
                                    + shortList(List.of(n)));
                }
            }
            String schema = m.getProperty("schema-version", "");
            if (!migrations.versions().contains(schema)) {
                throw refused(
                        zip,
                        migrations.isNewer(schema)
                                ? "it was written by a newer Caravan (schema v" + plain(schema) + ", this Caravan "
                                        + CaravanVersion.get() + " knows up to v" + newest(migrations)
                                        + "); update Caravan to restore it"
                                : "its manifest names schema version " + plain(schema)
                                        + ", which none of this Caravan's migrations has");
            }
            boolean keyed = names.contains(KEY_ENTRY);
            if (keyed != "true".equals(m.getProperty("encrypted"))) {
                throw refused(zip, "its manifest and its entries disagree on whether it is encrypted");
            }
            byte[] key = null;
            if (keyed) {
                try (InputStream in = z.getInputStream(z.getEntry(KEY_ENTRY))) {
                    key = readBounded(in, MAX_MANIFEST_BYTES, zip, "its key file");
                }
            }
            BackupInfo info = new BackupInfo(
                    zip,
                    writer,
                    schema,
                    m.getProperty("project", "?"),
                    parseInstant(m.getProperty("created-at")),
                    Files.size(zip));
            return new Manifest(info, keyed, key);
        } catch (ZipException e) {
            throw refused(zip, "it is not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new CaravanException("cannot restore from " + zip + ": " + e.getMessage(), e);
        }
    }

    private static List<String> entryNames(ZipFile z, Path zip) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var entries = z.entries();
        while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (!seen.add(n) || names.size() >= MAX_ENTRIES) {
                throw refused(zip, "it holds an entry twice, or too many entries");
            }
            names.add(n);
        }
        return names;
    }

    /**
     * Builds the database in {@code dir} (where none exists yet) from a backup {@link #inspect}
     * accepted: Caravan's migrations make the schema of the backup's version, every table member
     * must be there (and nothing else), and the rows go in as typed data, references checked after
     * the last table. {@code fileKey}: the members and the new database are encrypted. The database
     * is closed when this returns; opening it checks its schema against the migrations once more.
     */
    static void load(Path zip, Manifest manifest, Path dir, char[] fileKey, Migrations migrations, long maxBytes) {
        JdbcDataSource source = H2ProjectStores.dataSource(H2ProjectStores.url(dir, fileKey != null), fileKey);
        try (Connection c = source.getConnection();
                ZipFile z = new ZipFile(zip.toFile())) {
            migrations.flyway(source, manifest.schemaVersion()).migrate();
            List<BackupTables.TableShape> tables = BackupTables.of(c);
            checkEntries(zip, z, tables, manifest);
            Budget budget = new Budget(zip, maxBytes);
            try (Statement st = c.createStatement()) {
                for (BackupTables.TableShape t : tables) {
                    st.execute("ALTER TABLE " + t.quoted() + " SET REFERENTIAL_INTEGRITY FALSE");
                }
                for (BackupTables.TableShape t : tables) {
                    loadTable(c, z, t, dir, fileKey, budget, zip);
                }
                for (BackupTables.TableShape t : tables) {
                    st.execute("ALTER TABLE " + t.quoted() + " SET REFERENTIAL_INTEGRITY TRUE CHECK");
                }
                st.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw refused(zip, "its data does not fit the schema (" + sqlReason(e) + ")");
        } catch (IOException e) {
            throw new CaravanException("cannot restore from " + zip + ": " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new CaravanException(
                    "cannot make the schema v" + manifest.schemaVersion() + " to restore into: "
                            + H2ProjectStores.rootMessage(e),
                    e);
        }
    }

    private static void checkEntries(Path zip, ZipFile z, List<BackupTables.TableShape> tables, Manifest manifest) {
        Set<String> expected = new TreeSet<>();
        expected.add(MANIFEST);
        tables.forEach(t -> expected.add(t.entry()));
        if (manifest.encrypted()) {
            expected.add(KEY_ENTRY);
        }
        Set<String> present = new TreeSet<>();
        z.stream().forEach(e -> present.add(e.getName()));
        if (!present.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(present);
            Set<String> extra = new TreeSet<>(present);
            extra.removeAll(expected);
            throw refused(
                    zip,
                    "its tables are not those of schema v" + manifest.schemaVersion()
                            + (missing.isEmpty() ? "" : " (missing: " + shortList(List.copyOf(missing)) + ")")
                            + (extra.isEmpty() ? "" : " (not in that schema: " + shortList(List.copyOf(extra)) + ")"));
        }
    }

    private static void loadTable(
            Connection c, ZipFile z, BackupTables.TableShape t, Path dir, char[] fileKey, Budget budget, Path zip)
            throws IOException, SQLException {
        ZipEntry entry = z.getEntry(t.entry());
        Path tmp = null;
        try {
            InputStream in;
            if (fileKey == null) {
                in = budget.counted(z.getInputStream(entry));
            } else {
                tmp = dir.resolve("." + t.name().toLowerCase(java.util.Locale.ROOT) + ".restoring");
                try (InputStream raw = budget.counted(z.getInputStream(entry));
                        OutputStream out =
                                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    raw.transferTo(out);
                }
                in = decrypting(tmp, fileKey, zip, t.entry());
            }
            try (InputStream data = in) {
                BackupTables.load(c, t, data, t.entry());
            } catch (BackupTables.BadData e) {
                throw refused(zip, e.getMessage());
            }
        } finally {
            AtomicFiles.deleteQuietly(tmp);
        }
    }

    private static InputStream decrypting(Path file, char[] fileKey, Path zip, String entry) {
        try {
            return new org.h2.store.FileStoreInputStream(cipherStore(file, "r", fileKey), false, true);
        } catch (org.h2.message.DbException e) {
            throw refused(zip, entry + " cannot be decrypted with this project's key");
        }
    }

    /** Why H2 refused a row, by error code: H2's own message would quote the value, i.e. transcript text. */
    private static String sqlReason(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.VALUE_TOO_LONG_2 -> "a value is longer than its column allows";
            case ErrorCode.DUPLICATE_KEY_1 -> "two rows share a key that must be unique";
            case ErrorCode.NULL_NOT_ALLOWED -> "a value the schema requires is empty";
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1 -> "a row breaks a check of the schema";
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1,
                    ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1 ->
                "a row refers to a row that is not there";
            case ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1, ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_2 ->
                "a number is out of its column's range";
            default -> "H2 error " + e.getErrorCode();
        };
    }

    /** Counts the bytes read from every member against the limit on what a backup may unpack to. */
    private static final class Budget {
        private final Path zip;
        private final long max;
        private long used;

        Budget(Path zip, long max) {
            this.zip = zip;
            this.max = max;
        }

        InputStream counted(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    add(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    add(Math.max(n, 0));
                    return n;
                }
            };
        }

        private void add(long n) {
            used += n;
            if (used > max) {
                throw refused(zip, "its data unpacks to more than " + (max >> 20) + " MiB");
            }
        }
    }

    private static byte[] readBounded(InputStream in, int max, Path zip, String what) throws IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) {
            throw refused(zip, what + " is larger than " + max / 1024 + " KiB");
        }
        return b;
    }

    static CaravanException refused(Path zip, String why) {
        return new CaravanException(
                zip.getFileName() + " is not a Caravan backup that can be restored: " + why + "; nothing was restored");
    }

    private static String shortList(List<String> names) {
        List<String> first =
                names.stream().limit(4).map(n -> SchemaRecords.printable(n)).toList();
        return names.isEmpty()
                ? "nothing"
                : String.join(", ", first) + (names.size() > 4 ? " and " + (names.size() - 4) + " more" : "");
    }

    /** A version as the manifest gives it, when it looks like one ("?" otherwise: the manifest is the sender's). */
    private static String plain(String v) {
        return v != null && PLAIN_VERSION.matcher(v).matches() ? v : "?";
    }

    private static String newest(Migrations migrations) {
        List<String> v = migrations.versions();
        return v.isEmpty() ? "?" : v.get(v.size() - 1);
    }

    private static Properties manifest(
            String project, String schema, Instant now, List<BackupTables.TableShape> tables) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("caravan-version", CaravanVersion.get());
        p.setProperty("schema-version", schema);
        p.setProperty("project", project == null ? "" : project);
        p.setProperty("created-at", now.toString());
        p.setProperty(
                "tables",
                String.join(
                        ",", tables.stream().map(BackupTables.TableShape::entry).toList()));
        return p;
    }

    /** The schema version Flyway last applied successfully. */
    static String schemaVersion(Connection c) throws SQLException {
        String v = firstString(
                c,
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY");
        return v == null ? "?" : v;
    }

    private static String firstString(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Instant parseInstant(String s) {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
