package org.caravanqda.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.util.AtomicFiles;

/**
 * The key parameters of an encrypted project, in caravan.encryption: a random salt, an iteration
 * count and a password check value, no secret. H2 stretches a file password with only 10 PBKDF2
 * rounds, so Caravan first derives H2's file key from the user's password with
 * PBKDF2-HMAC-SHA256 at {@link #ITERATIONS} rounds: each guess of an attacker holding the files
 * costs that much. The key is hex, so passwords with spaces (which H2 refuses) work. The check
 * value (an HMAC under the derived key, as costly to attack as the database itself) tells a
 * wrong password from a damaged database; {@code previousCheck} is the check of the password
 * before the last change, kept until the change has completed.
 */
record ProjectKeyFile(byte[] salt, int iterations, byte[] check, byte[] previousCheck) {
    static final String FILE = "caravan.encryption";
    static final int ITERATIONS = 600_000;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final byte[] CHECK_MESSAGE = "caravan password check 1".getBytes(StandardCharsets.US_ASCII);

    /** Fresh parameters for a project about to be encrypted; {@link #withCheck} adds the password's check. */
    static ProjectKeyFile generate() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new ProjectKeyFile(salt, ITERATIONS, null, null);
    }

    /** The same salt, accepting the password of {@code fileKey} (and, until cleared, the one of {@code previous}). */
    ProjectKeyFile withCheck(char[] fileKey, char[] previous) {
        return new ProjectKeyFile(
                salt, iterations, mac(fileKey, CHECK_MESSAGE), previous == null ? null : mac(previous, CHECK_MESSAGE));
    }

    /** Whether the password that gave this file key is the project's (or the one before the last change). */
    boolean accepts(char[] fileKey) {
        byte[] m = mac(fileKey, CHECK_MESSAGE);
        return MessageDigest.isEqual(m, check) || previousCheck != null && MessageDigest.isEqual(m, previousCheck);
    }

    static ProjectKeyFile read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new CaravanException("the project " + dir + " is encrypted but its key parameters file " + FILE
                    + " is missing; copy it back from a backup of the project folder");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            if (!KDF.equals(p.getProperty("kdf"))) {
                throw new IllegalArgumentException("unknown kdf");
            }
            Base64.Decoder b64 = Base64.getDecoder();
            String previous = p.getProperty("previousCheck");
            return new ProjectKeyFile(
                    b64.decode(p.getProperty("salt")),
                    Integer.parseInt(p.getProperty("iterations")),
                    b64.decode(p.getProperty("check")),
                    previous == null ? null : b64.decode(previous));
        } catch (IOException | RuntimeException e) {
            throw new CaravanException(
                    "the key parameters file " + file + " is damaged; copy it back from a backup", e);
        }
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a file. */
    void write(Path dir) {
        Base64.Encoder b64 = Base64.getEncoder();
        Properties p = new Properties();
        p.setProperty("format", "1");
        p.setProperty("cipher", "AES");
        p.setProperty("kdf", KDF);
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("salt", b64.encodeToString(salt));
        p.setProperty("check", b64.encodeToString(check));
        if (previousCheck != null) {
            p.setProperty("previousCheck", b64.encodeToString(previousCheck));
        }
        try {
            AtomicFiles.to(dir.resolve(FILE)).atomicOnly().write(tmp -> {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.ISO_8859_1)) {
                    p.store(
                            w,
                            "Caravan encryption parameters (no secret). Without this file the project cannot be opened.");
                }
                return null;
            });
        } catch (IOException e) {
            throw new CaravanException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** H2's file password for this password: the derived key in hex. The caller clears the array after use. */
    char[] fileKey(char[] password) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + KDF, e);
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** HMAC-SHA256 of {@code message} under the derived file key (the password check, and keys derived from it). */
    static byte[] mac(char[] fileKey, byte[] message) {
        byte[] keyBytes = new byte[fileKey.length];
        for (int i = 0; i < fileKey.length; i++) {
            keyBytes[i] = (byte) fileKey[i]; // hex digits: ASCII
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    /** H2's "filePassword userPassword" for a file key (the user password is empty). */
    static char[] h2Password(char[] fileKey) {
        char[] out = Arrays.copyOf(fileKey, fileKey.length + 1);
        out[fileKey.length] = ' ';
        return out;
    }
}
