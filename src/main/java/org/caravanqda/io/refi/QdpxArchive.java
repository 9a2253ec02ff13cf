package org.caravanqda.io.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.caravanqda.app.common.CaravanException;

/**
 * A .qdpx archive opened for reading, defensively: it comes from another machine. Entry names
 * that climb out (zip slip), too many entries, and entries that inflate past the size or ratio
 * limits (zip bombs) refuse the whole file with one message; sizes are counted while reading,
 * never taken from the archive's own claims. Nothing is ever extracted to disk.
 */
final class QdpxArchive implements AutoCloseable {
    static final long MAX_TOTAL_BYTES = 1L << 30; // 1 GiB of text is far beyond any interview project
    static final long RATIO_CHECK_FROM = 1L << 20;

    /** Plain text deflates about 3-10 times; bombs reach 1000 times and more. */
    record Limits(int maxEntries, long maxTotalBytes, int maxRatio) {
        static final Limits DEFAULT = new Limits(10_000, MAX_TOTAL_BYTES, 200);
    }

    private final Limits limits;

    private final ZipFile zip;
    private final String name;
    private final Map<String, ZipEntry> byLowerName = new HashMap<>();
    private long totalRead;

    private QdpxArchive(ZipFile zip, String name, Limits limits) {
        this.zip = zip;
        this.name = name;
        this.limits = limits;
    }

    static QdpxArchive open(Path file) {
        return open(file, Limits.DEFAULT);
    }

    static QdpxArchive open(Path file, Limits limits) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new CaravanException("Cannot read " + file + ": no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (NoSuchFileException e) {
            throw new CaravanException("Cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new CaravanException(
                    "Refused " + name + ": not a valid .qdpx (zip) archive, it may be damaged or"
                            + " truncated; nothing was imported",
                    e);
        }
        QdpxArchive a = new QdpxArchive(zip, name, limits);
        try {
            a.checkEntries();
            return a;
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    private void checkEntries() {
        List<? extends ZipEntry> entries;
        try {
            entries = zip.stream().limit(limits.maxEntries() + 1L).toList();
        } catch (RuntimeException e) {
            throw refused("its list of entries is damaged");
        }
        if (entries.size() > limits.maxEntries()) {
            throw refused("it has more than " + limits.maxEntries() + " entries (a zip bomb?)");
        }
        for (ZipEntry e : entries) {
            String n = e.getName();
            if (unsafe(n)) {
                throw refused("entry '" + n + "' points outside the archive (zip slip)");
            }
            if (e.getSize() > limits.maxTotalBytes()) {
                throw refused("entry '" + n + "' would unpack to more than " + mib() + " (a zip bomb?)");
            }
            if (!e.isDirectory()) {
                byLowerName.putIfAbsent(n.toLowerCase(Locale.ROOT), e);
            }
        }
    }

    static boolean unsafe(String n) {
        String s = n.replace('\\', '/');
        return s.startsWith("/")
                || s.matches("^[A-Za-z]:.*")
                || s.equals("..")
                || s.startsWith("../")
                || s.contains("/../")
                || s.endsWith("/..")
                || s.indexOf('\0') >= 0;
    }

    /** The single .qde at the root, any name and case (ATLAS.ti names it after the project). */
    String qdeEntry() {
        List<String> found = new ArrayList<>();
        for (ZipEntry e : byLowerName.values()) {
            String n = e.getName();
            if (!n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                found.add(n);
            }
        }
        if (found.size() != 1) {
            throw refused("expected one .qde project file at the archive root, found " + found.size());
        }
        return found.get(0);
    }

    /** The entry for a source file: in a folder named sources (any case), or at the root; null when absent. */
    ZipEntry source(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        ZipEntry e = byLowerName.get("sources/" + f);
        return e != null ? e : byLowerName.get(f);
    }

    ZipEntry entry(String exactName) {
        return byLowerName.get(exactName.toLowerCase(Locale.ROOT));
    }

    /** The entry's bytes, counted against the limits while inflating. */
    byte[] read(ZipEntry e) {
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long n = 0;
            for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
                n += r;
                totalRead += r;
                if (totalRead > limits.maxTotalBytes()) {
                    throw refused("it unpacks to more than " + mib() + " (a zip bomb?)");
                }
                if (n > RATIO_CHECK_FROM
                        && e.getCompressedSize() > 0
                        && n / e.getCompressedSize() > limits.maxRatio()) {
                    throw refused("entry '" + e.getName() + "' inflates more than " + limits.maxRatio()
                            + " times (a zip bomb?)");
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        } catch (ZipException ex) {
            throw refused("entry '" + e.getName() + "' is damaged (" + ex.getMessage() + ")");
        } catch (IOException ex) {
            throw refused("entry '" + e.getName() + "' cannot be read (" + ex.getMessage() + ")");
        }
    }

    private String mib() {
        return limits.maxTotalBytes() >= 1 << 20
                ? (limits.maxTotalBytes() >> 20) + " MiB"
                : limits.maxTotalBytes() + " bytes";
    }

    /** One line, whatever the archive's entry names hold (control characters shown as U+FFFD; found by the fuzzer). */
    CaravanException refused(String why) {
        return new CaravanException(
                ("Refused " + name + ": " + why + "; nothing was imported").replaceAll("\\p{Cc}", "\uFFFD"));
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
