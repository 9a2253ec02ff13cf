package org.caravanqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Test helper: what is inside a zip, for tests that look for text that must not be there. */
public final class Zips {
    private Zips() {}

    /** Every entry of a zip, decompressed and concatenated. */
    public static byte[] unzipped(Path zip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    in.transferTo(all);
                }
            }
        }
        return all.toByteArray();
    }
}
