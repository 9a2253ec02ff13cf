package org.caravanqda.io.codebook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps what a parser may read from a codebook source: a .qdc or .qde file, or the project.qde
 * inflated out of a .qdpx. Codebooks are kilobytes; a zip bomb or a multi-gigabyte file must end
 * in a message, not in an OutOfMemoryError while the DOM is built.
 */
final class BoundedInput extends FilterInputStream {
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Same rule as the project import: plain XML deflates about 3-10 times, bombs far more. */
    static final int MAX_RATIO = 200;

    private static final long RATIO_CHECK_FROM = 1L << 20;

    private final long packed;
    private long read;

    /** {@code packed}: the compressed size of a zip entry, or -1 for a plain file. */
    BoundedInput(InputStream in, long packed) {
        super(in);
        this.packed = packed;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > MAX_BYTES) {
            throw new IOException("it holds more than " + (MAX_BYTES >> 20) + " MB of XML, far beyond any codebook"
                    + (packed > 0 ? " (a zip bomb?)" : ""));
        }
        if (packed > 0 && read > RATIO_CHECK_FROM && read / packed > MAX_RATIO) {
            throw new IOException("it unpacks to more than " + MAX_RATIO + " times its packed size (a zip bomb?)");
        }
    }
}
