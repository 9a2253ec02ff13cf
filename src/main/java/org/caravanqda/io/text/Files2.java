package org.caravanqda.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.caravanqda.app.CaravanException;

/** File access with the size limit and the error messages all readers share. */
final class Files2 {
    /** Far above any transcript (a 60-minute interview is about 60 KB of text). */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private Files2() {
    }

    static byte[] readLimited(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(file);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** Reads at most {@code limit} bytes of a stream; more means a hostile or broken file. */
    static byte[] readAtMost(InputStream in, long limit, Path file) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (data.length > limit) {
            throw tooLarge(file);
        }
        return data;
    }

    static CaravanException tooLarge(Path file) {
        return new CaravanException(file.getFileName() + " is too large to import (limit "
                + MAX_BYTES / (1024 * 1024) + " MB of text)");
    }

    static CaravanException cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CaravanException(file + " does not exist", e);
        }
        return new CaravanException("cannot read " + file + ": " + e.getMessage(), e);
    }
}
