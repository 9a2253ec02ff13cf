package org.caravanqda.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.port.BackupInfo;
import org.caravanqda.util.AtomicFiles;

/**
 * A Caravan backup zip: a small manifest, then the database as the SQL script H2's {@code SCRIPT}
 * writes, taken inside one snapshot transaction while other connections keep committing. (H2
 * 2.3's file-level {@code BACKUP TO} was not used: it toggles the live file store's space reuse,
 * and a project it had just copied once failed to open with "Double mark"; see ADR 0010.)
 * Reading one trusts nothing: exactly these two entries, a bounded size, an H2 script header, and
 * {@link ScriptGuard} before H2 runs a single statement; entry names never become paths.
 */
final class BackupArchive {
    static final String MANIFEST = "caravan-backup.properties";
    static final String DB_ENTRY = H2ProjectStores.DB_NAME + ".sql";
    /** An encrypted project's backup also carries its key file (salt and password check, no secret). */
    static final String KEY_ENTRY = ProjectKeyFile.FILE;

    static final String FORMAT = "caravan-backup 1";
    static final long MAX_DB_BYTES = 16L << 30;
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    private static final List<byte[]> H2_HEADERS = List.of("-- H2 ".getBytes(StandardCharsets.US_ASCII));

    private BackupArchive() {}

    /**
     * Writes the backup beside {@code out} under a temporary name and moves it into place. With a
     * {@code fileKey} (an encrypted project in {@code dir}) H2 writes the script AES-encrypted under
     * that key, so no plaintext ever reaches the disk, and the project's key file goes along.
     */
    static BackupInfo write(Connection c, Path out, char[] fileKey, Path dir) {
        Path target = out.toAbsolutePath().normalize();
        Path raw = null;
        try {
            Files.createDirectories(target.getParent());
            raw = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".sql.tmp");
            Snapshot snap = script(c, raw, fileKey);
            Instant now = Instant.now();
            Path script = raw;
            // forced to disk before it takes the target's name
            AtomicFiles.to(target).synced().stream(stream -> {
                try (ZipOutputStream zip = new ZipOutputStream(stream)) {
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    Properties manifest = manifest(snap.project(), snap.schema(), now);
                    if (fileKey != null) {
                        manifest.setProperty("encrypted", "true");
                    }
                    manifest.store(zip, "Caravan project backup");
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(DB_ENTRY));
                    Files.copy(script, zip);
                    zip.closeEntry();
                    if (fileKey != null) {
                        zip.putNextEntry(new ZipEntry(KEY_ENTRY));
                        Files.copy(dir.resolve(ProjectKeyFile.FILE), zip);
                        zip.closeEntry();
                    }
                }
            });
            return new BackupInfo(target, CaravanVersion.get(), snap.schema(), snap.project(), now, Files.size(target));
        } catch (IOException e) {
            throw new CaravanException("cannot write the backup " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new CaravanException("cannot back up the project: " + H2ProjectStores.rootMessage(e), e);
        } finally {
            AtomicFiles.deleteQuietly(raw);
        }
    }

    private record Snapshot(String project, String schema) {}

    /** The whole database as one snapshot: the manifest's facts and the script agree with each other. */
    private static Snapshot script(Connection c, Path raw, char[] fileKey) throws SQLException {
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            c.setAutoCommit(false);
            Snapshot snap = new Snapshot(firstString(c, "SELECT name FROM project"), schemaVersion(c));
            st.execute("SCRIPT TO " + literal(raw.toString()) + cipher(fileKey));
            c.commit();
            return snap;
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
            c.setTransactionIsolation(isolation);
        }
    }

    /** H2's clause for a script encrypted under the file key (hex digits), or nothing. */
    private static String cipher(char[] fileKey) {
        return fileKey == null ? "" : " CIPHER AES PASSWORD " + literal(new String(fileKey));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * Builds the database in {@code dir} from a checked script (see {@link #extract}); refuses a
     * script it does not trust. {@code fileKey}: the script and the new database are encrypted.
     */
    static void load(Path zip, Path script, Path dir, char[] fileKey) {
        try {
            String problem = ScriptGuard.problem(script, fileKey);
            if (problem != null) {
                throw refused(zip, problem);
            }
        } catch (IOException e) {
            throw refused(zip, "its database script cannot be read (" + e.getMessage() + ")");
        }
        try (Connection c = H2ProjectStores.dataSource(H2ProjectStores.url(dir, fileKey != null), fileKey)
                        .getConnection();
                Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM " + literal(script.toString()) + cipher(fileKey));
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw refused(zip, "its database script does not run (" + H2ProjectStores.rootMessage(e) + ")");
        }
    }

    /**
     * Checks {@code zip} and copies its database script to {@code dbFile}, and an encrypted backup's
     * key file into {@code keyDir} (when not null). Any refusal is one message naming the file;
     * {@code dbFile} is then absent.
     */
    static BackupInfo extract(Path zip, Path dbFile, long maxBytes, Path keyDir) {
        if (!Files.isRegularFile(zip)) {
            throw new CaravanException(zip + ": no such backup file");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(ZipEntry::getName).toList();
            boolean keyed = names.size() == 3 && names.contains(KEY_ENTRY);
            if (names.size() != (keyed ? 3 : 2) || !names.contains(MANIFEST) || !names.contains(DB_ENTRY)) {
                throw refused(
                        zip, "it should hold exactly " + MANIFEST + " and " + DB_ENTRY + ", not " + shortList(names));
            }
            Properties m = new Properties();
            try (InputStream in = z.getInputStream(z.getEntry(MANIFEST))) {
                m.load(new java.io.ByteArrayInputStream(readBounded(in, MAX_MANIFEST_BYTES, zip, "its manifest")));
            }
            if (!FORMAT.equals(m.getProperty("format"))) {
                throw refused(zip, "its manifest is not a Caravan backup manifest");
            }
            if (keyed != "true".equals(m.getProperty("encrypted"))) {
                throw refused(zip, "its manifest and its entries disagree on whether it is encrypted");
            }
            copyDatabase(z, zip, dbFile, maxBytes, keyed);
            if (keyed && keyDir != null) {
                try (InputStream in = z.getInputStream(z.getEntry(KEY_ENTRY))) {
                    Files.write(
                            keyDir.resolve(ProjectKeyFile.FILE),
                            readBounded(in, MAX_MANIFEST_BYTES, zip, "its key file"));
                }
            }
            return new BackupInfo(
                    zip,
                    m.getProperty("caravan-version", "?"),
                    m.getProperty("schema-version", "?"),
                    m.getProperty("project", "?"),
                    parseInstant(m.getProperty("created-at")),
                    Files.size(zip));
        } catch (ZipException e) {
            AtomicFiles.deleteQuietly(dbFile);
            throw refused(zip, "it is not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(dbFile);
            throw new CaravanException("cannot restore from " + zip + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            AtomicFiles.deleteQuietly(dbFile);
            throw e;
        }
    }

    private static void copyDatabase(ZipFile z, Path zip, Path dbFile, long maxBytes, boolean encrypted)
            throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = z.getInputStream(z.getEntry(DB_ENTRY));
                OutputStream out = Files.newOutputStream(dbFile, StandardOpenOption.CREATE_NEW)) {
            byte[] head = in.readNBytes(16);
            if (!encrypted && H2_HEADERS.stream().noneMatch(h -> startsWith(head, h))) {
                throw refused(zip, "its database is not an H2 script");
            }
            out.write(head);
            total = head.length;
            for (int r; (r = in.read(buf)) > 0; ) {
                total += r;
                if (total > maxBytes) {
                    throw refused(zip, "its database unpacks to more than " + (maxBytes >> 20) + " MiB");
                }
                out.write(buf, 0, r);
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

    private static CaravanException refused(Path zip, String why) {
        return new CaravanException(
                zip.getFileName() + " is not a Caravan backup that can be restored: " + why + "; nothing was restored");
    }

    private static String shortList(List<String> names) {
        List<String> first = names.stream()
                .limit(4)
                .map(n -> n.length() > 60 ? n.substring(0, 57) + "..." : n)
                .toList();
        return names.isEmpty()
                ? "nothing"
                : String.join(", ", first) + (names.size() > 4 ? " and " + (names.size() - 4) + " more" : "");
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Properties manifest(String project, String schema, Instant now) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("caravan-version", CaravanVersion.get());
        p.setProperty("schema-version", schema);
        p.setProperty("project", project == null ? "" : project);
        p.setProperty("created-at", now.toString());
        p.setProperty("database-entry", DB_ENTRY);
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
