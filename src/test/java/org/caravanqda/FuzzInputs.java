package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.caravanqda.app.common.CaravanException;

/**
 * What every importer fuzz test (ADR 0011) checks: an input is either read, or refused with a
 * {@link CaravanException} carrying one clear line. Any other exception escapes to Jazzer as a
 * finding; the caller checks the invariants of what was read.
 */
public final class FuzzInputs {
    /**
     * How long each target fuzzes with -Pfuzz (CI). JUnit's timeout spans the whole fuzzing run and
     * Jazzer also takes it as libFuzzer's limit per input, so it must stay above this; raise both
     * together for a longer local run.
     */
    public static final String FUZZ_FOR = "10s";

    public static final long TIMEOUT_SECONDS = 60;

    private FuzzInputs() {}

    /** Writes the input where the reader under test expects a file (readers take paths). */
    public static Path file(Path dir, String name, byte[] data) {
        try {
            return Files.write(dir.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for input that is a zip file already (fuzz it as a file), false for a part to wrap into one. */
    public static boolean isZip(byte[] data) {
        return data.length >= 2 && data[0] == 'P' && data[1] == 'K';
    }

    /** A zip of these entries, in order: a package around a fuzzed part, so the fuzzer reaches the XML. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries of a zip, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The result, or empty when the reader refused the input the way users are told. */
    public static <T> Optional<T> readOrRefuse(Supplier<T> read) {
        try {
            T result = read.get();
            assertThat(result).isNotNull();
            return Optional.of(result);
        } catch (CaravanException refused) {
            String message = refused.getMessage();
            assertThat(message).as("refusal message").isNotBlank().doesNotContain("\n", "\r");
            return Optional.empty();
        }
    }
}
