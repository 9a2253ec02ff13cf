package org.caravanqda.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.WrongPasswordException;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.port.StoreView;
import org.caravanqda.app.port.StoreView.FileEnd;
import org.h2.mvstore.DataUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Looks at a project database without changing a byte of it (ADR 0018): the file's structure
 * (H2's two store-header blocks, the chunk they name, the chunk footer a closed file ends with),
 * then a read-only H2 connection for the project row and the change log. H2 opened for writing
 * rewrites the file at once (and shrinks a truncated one to what it could read), so whether a
 * database may be opened is decided on this view first.
 */
final class StoreInspection {
    /** H2's MVStore block; the file is always written in whole blocks. */
    private static final int BLOCK = 4096;
    /** H2's chunk footer, the last bytes of every chunk. */
    private static final int FOOTER = 128;

    private StoreInspection() {}

    /**
     * Runs {@code use} on a read-only view of the database in {@code dir} ({@code fileKey}: the
     * derived file key of an encrypted one, else null). A file that cannot be read even so is
     * refused as damaged, untouched.
     */
    static <T> T inspect(Path dir, char[] fileKey, Function<StoreView, T> use) {
        return inspect(
                dir,
                fileKey,
                H2ProjectStores.dataSource(H2ProjectStores.readOnlyUrl(dir, fileKey != null), fileKey),
                use);
    }

    /** As {@link #inspect(Path, char[], Function)}, through {@code readOnly}, a source of read-only connections. */
    static <T> T inspect(Path dir, char[] fileKey, javax.sql.DataSource readOnly, Function<StoreView, T> use) {
        FileEnd end = fileEnd(dir, fileKey);
        try (Connection c = readOnly.getConnection()) {
            c.setReadOnly(true);
            byte[] dataKey = fileKey == null ? null : H2ProjectStore.derivedDataKey(fileKey);
            String project;
            try {
                project = projectId(c, dataKey);
            } finally {
                if (dataKey != null) {
                    java.util.Arrays.fill(dataKey, (byte) 0);
                }
            }
            long generation = generation(c);
            StoreMark mark = new StoreMark(project, generation, entry(c, project, generation));
            return use.apply(new StoreView() {
                @Override
                public StoreMark mark() {
                    return mark;
                }

                @Override
                public FileEnd end() {
                    return end;
                }

                @Override
                public Optional<String> entryAt(long at) {
                    try {
                        String e = entry(c, project, at);
                        return e.isEmpty() ? Optional.empty() : Optional.of(e);
                    } catch (SQLException e) {
                        throw new StoreFailure(e);
                    }
                }
            });
        } catch (SQLException e) {
            String seen = UNREADABLE.get(identity(dir));
            if (seen != null && rootCause(e) instanceof java.nio.channels.OverlappingFileLockException) {
                throw new CaravanException(seen, e); // see UNREADABLE
            }
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw EncryptedFiles.failure(e, dir); // another program holds H2's lock: not damage
            }
            CaravanException failure = EncryptedFiles.failure(e, dir);
            CaravanException refusal = damaged(
                    dir,
                    fileKey,
                    failure instanceof WrongPasswordException
                            ? "it does not decrypt"
                            : e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY
                                    ? "too little of it is left to hold a database" // H2 would start a new one
                                    : H2ProjectStores.rootMessage(e),
                    e);
            UNREADABLE.put(identity(dir), refusal.getMessage());
            throw refusal;
        }
    }

    /**
     * Database files H2 failed to open read-only in this process, with the refusal. H2 2.3.232 does
     * not release the file when a read-only open fails after it opened the store (a file cut so
     * short that its first user was lost: H2 then tries to create one), so a second attempt in the
     * same process (the GUI) meets its own lock; it gets the first refusal again, not a lock error.
     */
    private static final Map<String, String> UNREADABLE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String identity(Path dir) {
        Path db = dir.resolve(H2ProjectStores.DB_NAME + ".mv.db").toAbsolutePath();
        try {
            return db + "|" + java.nio.file.Files.size(db) + "|" + java.nio.file.Files.getLastModifiedTime(db);
        } catch (IOException e) {
            return db.toString();
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    /** The project's opaque id: its name and creation time hashed, under the data key when it is encrypted. */
    static String projectId(Connection c, byte[] dataKey) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT name, " + wallClock("created_at") + " FROM project WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the project row is missing", "XX000", org.h2.api.ErrorCode.FILE_CORRUPTED_1);
            }
            return digest(dataKey, "caravan project\0" + rs.getString(1) + "\0" + rs.getString(2));
        }
    }

    static long generation(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM change_log");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The fingerprint of the change-log entry at {@code seq}, "" when there is none. */
    static String entry(Connection c, String project, long seq) throws SQLException {
        if (seq <= 0) {
            return "";
        }
        try (PreparedStatement ps =
                c.prepareStatement("SELECT " + wallClock("at") + ", action FROM change_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? digest(null, project + "\0" + seq + "\0" + rs.getString(1) + "\0" + rs.getString(2))
                        : "";
            }
        }
    }

    /**
     * A time stamp as the text a plain TIMESTAMP gave before V7 made it one with a time zone: the
     * wall-clock time in the session's zone, so marks kept beside an index stay valid.
     */
    private static String wallClock(String column) {
        return "CAST(CAST(" + column + " AS TIMESTAMP) AS VARCHAR(64))";
    }

    private static String digest(byte[] key, String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] out;
            if (key == null) {
                out = MessageDigest.getInstance("SHA-256").digest(in);
            } else {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                out = mac.doFinal(in);
            }
            return HexFormat.of().formatHex(out, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * What the file says of its end, read as H2 reads it at open (both header blocks, the chunk
     * the newer one names, the footer at the end of the file), through H2's decryption for an
     * encrypted file. No valid header: refused as damaged.
     */
    static FileEnd fileEnd(Path dir, char[] fileKey) {
        Path db = dir.resolve(H2ProjectStores.DB_NAME + ".mv.db");
        try (FileChannel raw = FileChannel.open(db, StandardOpenOption.READ);
                FileChannel file = fileKey == null
                        ? raw
                        : new FileEncrypt(db.toString(), FilePathEncrypt.getPasswordBytes(fileKey), raw)) {
            FileEnd end = fileEnd(file, raw.size() - (fileKey == null ? 0 : BLOCK));
            if (end == null) {
                throw damaged(dir, fileKey, "no readable store header", null);
            }
            return end;
        } catch (CaravanException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(dir, fileKey, e.getClass().getSimpleName(), e);
        }
    }

    private static CaravanException damaged(Path dir, char[] fileKey, String why, Exception cause) {
        String restore = "restore the project from a backup (caravan restore BACKUP.zip -p " + dir + " --force)";
        return new CaravanException(
                "the database file of project " + dir + " is damaged (" + why + ")"
                        + (fileKey == null ? "" : " although the password is right")
                        + "; it was not opened and nothing was changed: " + restore
                        + (fileKey == null
                                ? ""
                                : ", or, if a password change was interrupted, open it with the previous"
                                        + " password"),
                cause);
    }

    /** Null when neither header block is valid (H2 would not open it either). */
    static FileEnd fileEnd(FileChannel file, long size) throws IOException {
        if (size < 3L * BLOCK) {
            return null; // two header blocks and at least one chunk, or H2 would start an empty store in it
        }
        Map<String, String> newest = null;
        boolean agree = true;
        for (int i = 0; i < 2; i++) {
            Map<String, String> h = checksummed(read(file, (long) i * BLOCK, BLOCK));
            if (h == null || !h.containsKey("block") || !h.containsKey("version")) {
                agree = false;
                continue;
            }
            if (newest != null) {
                agree &= hex(h, "version") == hex(newest, "version");
            }
            if (newest == null || hex(h, "version") > hex(newest, "version")) {
                newest = h;
            }
        }
        if (newest == null) {
            return null;
        }
        if (size % BLOCK != 0) {
            return FileEnd.CUT_SHORT; // H2 writes whole blocks only
        }
        boolean clean = agree && hex(newest, "clean") != 0;
        long block = hex(newest, "block");
        if (block * BLOCK >= size) {
            return FileEnd.CUT_SHORT; // the last chunk the header knows lies past the end
        }
        Map<String, String> chunk = chunkHeader(read(file, block * BLOCK, (int) Math.min(1024, size - block * BLOCK)));
        long len = chunk == null ? -1 : hex(chunk, "len");
        if (len > 0 && (block + len) * BLOCK > size) {
            return FileEnd.CUT_SHORT; // ... or does not fit before it
        }
        if (!clean) {
            return FileEnd.UNKNOWN;
        }
        // a closed file is shrunk to the end of its last chunk, so it ends with a chunk footer
        return chunk != null && checksummed(read(file, size - FOOTER, FOOTER)) != null
                ? FileEnd.COMPLETE
                : FileEnd.CUT_SHORT;
    }

    private static byte[] read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            if (file.read(b, position + b.position()) < 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static long hex(Map<String, String> m, String key) {
        String v = m.get(key);
        try {
            return v == null ? 0 : Long.parseUnsignedLong(v, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** H2's "key:value,...,fletcher:x" line, or null when its checksum does not hold. */
    static Map<String, String> checksummed(byte[] bytes) {
        int start = 0;
        int end = bytes.length;
        while (start < end && (bytes[start] & 0xff) <= ' ') {
            start++;
        }
        while (end > start && (bytes[end - 1] & 0xff) <= ' ') {
            end--;
        }
        String s = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        int f = s.lastIndexOf(",fletcher:");
        if (f < 0 || s.indexOf('\n') >= 0) {
            return null;
        }
        Map<String, String> m = pairs(s.substring(0, f));
        try {
            int check = (int) Long.parseLong(s.substring(f + ",fletcher:".length()), 16);
            return m != null && check == DataUtils.getFletcher32(bytes, start, f) ? m : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A chunk's header line ("chunk:..,block:..,len:..,..." up to its line end); null when it is none. */
    private static Map<String, String> chunkHeader(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        int nl = s.indexOf('\n');
        Map<String, String> m = nl < 0 ? null : pairs(s.substring(0, nl).trim());
        return m != null && m.containsKey("chunk") && m.containsKey("len") ? m : null;
    }

    private static Map<String, String> pairs(String s) {
        Map<String, String> m = new HashMap<>();
        for (String pair : s.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            m.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return m;
    }
}
