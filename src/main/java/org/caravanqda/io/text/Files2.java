package org.caravanqda.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.caravanqda.app.common.CaravanException;

/** File access with the size limit and the error messages all readers share. */
final class Files2 {
    /** Far above any transcript (a 60-minute interview is about 60 KB of text). */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final long MB = 1024 * 1024;

    private Files2() {}

    /**
     * The file's bytes. A file over the limit is refused before a byte is read; the read itself
     * stops at the limit too, for files that grow meanwhile or report no size (a device, a pipe).
     */
    static byte[] readLimited(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] data = in.readNBytes((int) MAX_BYTES + 1);
                if (data.length > MAX_BYTES) {
                    throw tooLarge(file, -1);
                }
                return data;
            }
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** {@code size}: the file's size in bytes, or -1 when it only showed while reading. */
    static CaravanException tooLarge(Path file, long size) {
        String is = size < 0 ? " is larger than the limit of " : " is " + megabytes(size) + "; the limit is ";
        return new CaravanException(
                file.getFileName() + is + megabytes(MAX_BYTES) + " per document (split it into several files)");
    }

    /** "500 MB", or "200.1 MB" (rounded up, so a file just over the limit never reads as the limit). */
    static String megabytes(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / MB) / 10);
    }

    static CaravanException cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CaravanException(file + " does not exist", e);
        }
        return new CaravanException("cannot read " + file + ": " + e.getMessage(), e);
    }
}
