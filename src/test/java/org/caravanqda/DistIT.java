package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.caravanqda.cli.ClassArchiveTraining;
import org.caravanqda.gui.WindowTraining;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four zips of {@code mvn -Pdist package} (issue #19), read entry by entry: the Windows and macOS ones
 * cannot be started here, so each is checked for its launchers, Caravan's jars and exactly its own
 * platform's JavaFX native libraries (for macOS, of the right processor: the Mach-O header says which).
 * The Linux zip and app-image are started from a fresh folder by .ci/run. Skipped without -Pdist.
 */
class DistIT {
    private static final Path DIST = Path.of(System.getProperty("caravan.dist", "target/dist"));

    @ParameterizedTest
    @CsvSource({
        "linux-x64,     linux,       libglass.so,    ELF",
        "windows-x64,   win,         glass.dll,      PE",
        "macos-x64,     mac,         libglass.dylib, x86_64",
        "macos-aarch64, mac-aarch64, libglass.dylib, arm64"
    })
    void eachZipHoldsItsPlatformsNativesAndBothLaunchers(
            String platform, String fxClassifier, String glass, String binary) throws IOException {
        Path zip = zip(platform);
        String top = zip.getFileName().toString().replaceFirst("\\.zip$", "") + "/";
        Map<String, ZipEntry> entries = new TreeMap<>();
        List<String> javafx = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                assertThat(entry.getName()).as("everything in one folder").startsWith(top);
                entries.put(entry.getName().substring(top.length()), entry);
                if (entry.getName().contains("/lib/javafx-")) {
                    javafx.add(entry.getName().substring(entry.getName().lastIndexOf('/') + 1));
                }
            }
            assertThat(entries)
                    .containsKeys(
                            "bin/caravan",
                            "bin/caravan.bat",
                            "lib/caravan.jar",
                            "README.md",
                            "LICENSE",
                            "NOTICE",
                            "THIRD-PARTY.txt",
                            "codebooks/README.md");
            assertThat(entries.keySet()).anyMatch(n -> n.startsWith("lib/h2-"));
            assertThat(entries.keySet()).anyMatch(n -> n.startsWith("lib/lucene-core-"));
            assertThat(entries.keySet()).anyMatch(n -> n.startsWith("licences/"));
            String version = top.substring("caravan-".length(), top.length() - platform.length() - 2);
            assertThat(javafx)
                    .containsExactlyInAnyOrder(
                            "javafx-base-21.0.5-" + fxClassifier + ".jar",
                            "javafx-graphics-21.0.5-" + fxClassifier + ".jar",
                            "javafx-controls-21.0.5-" + fxClassifier + ".jar",
                            // the player (issue #21): without it the window fails to open a project
                            "javafx-media-21.0.5-" + fxClassifier + ".jar");

            String sh = text(z, top + "bin/caravan");
            assertThat(sh)
                    .startsWith("#!/bin/sh\n")
                    .doesNotContain("\r")
                    .contains("org.caravanqda.Main")
                    // the class-data archives are trained, not left to the first command or window (ADR 0034, 0036)
                    .contains(ClassArchiveTraining.ARGUMENT)
                    .contains(WindowTraining.ARGUMENT);
            String bat = text(z, top + "bin/caravan.bat");
            assertThat(bat)
                    .contains("\r\n")
                    .contains("org.caravanqda.Main")
                    .contains("caravan-" + version + "-%KIND%.jsa")
                    .contains(ClassArchiveTraining.ARGUMENT)
                    .contains(WindowTraining.ARGUMENT);

            byte[] lib = nativeLibrary(
                    z.getInputStream(z.getEntry(top + "lib/javafx-graphics-21.0.5-" + fxClassifier + ".jar")), glass);
            assertThat(lib)
                    .as(glass + " in the " + fxClassifier + " graphics jar")
                    .isNotNull();
            assertThat(kind(lib)).isEqualTo(binary);
        }
    }

    /**
     * picocli ships Java 5 class files, which Java 17's class-data sharing leaves out; the build rewrites them as
     * Java 6 ones with stack-map frames (src/dist/UpgradeClassFiles.java), so the launcher's archive holds them.
     */
    @ParameterizedTest
    @CsvSource({"linux-x64", "windows-x64", "macos-x64", "macos-aarch64"})
    void picocliIsShippedAsClassFilesTheClassDataArchiveCanHold(String platform) throws IOException {
        Path zip = zip(platform);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry picocli = z.stream()
                    .filter(e -> e.getName().matches(".*/lib/picocli-[0-9.]+\\.jar"))
                    .findFirst()
                    .orElseThrow();
            Map<String, Integer> versions = new TreeMap<>();
            boolean notice = false;
            try (ZipInputStream in = new ZipInputStream(z.getInputStream(picocli))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] b = in.readAllBytes();
                    if (e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class")) {
                        versions.put(e.getName(), (b[6] & 0xff) << 8 | (b[7] & 0xff));
                    }
                    notice |= e.getName().equals("META-INF/CARAVAN-CHANGES.txt");
                }
            }
            assertThat(versions).containsKey("picocli/CommandLine.class");
            assertThat(versions.values()).allMatch(major -> major >= 50, "Java 6 or newer");
            assertThat(notice).as("the jar says it was changed").isTrue();
        }
    }

    private static Path zip(String platform) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DIST), "no " + DIST + ": built by mvn -Pdist package");
        try (var files = Files.list(DIST)) {
            List<Path> found = files.filter(
                            p -> p.getFileName().toString().matches("caravan-.*-" + platform + "\\.zip"))
                    .toList();
            assertThat(found).as("the " + platform + " zip in " + DIST).hasSize(1);
            return found.get(0);
        }
    }

    private static String text(ZipFile z, String name) throws IOException {
        try (InputStream in = z.getInputStream(z.getEntry(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The bytes of the entry of the jar (read as a stream) whose name ends in {@code fileName}, or null. */
    private static byte[] nativeLibrary(InputStream jar, String fileName) throws IOException {
        try (ZipInputStream in = new ZipInputStream(jar)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(fileName) || e.getName().endsWith("/" + fileName)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    /** ELF (Linux), PE (Windows), or the processor of a 64-bit Mach-O (macOS). */
    private static String kind(byte[] b) {
        if (b.length > 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F') {
            return "ELF";
        }
        if (b.length > 2 && b[0] == 'M' && b[1] == 'Z') {
            return "PE";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0xcf && (b[1] & 0xff) == 0xfa && (b[2] & 0xff) == 0xed) {
            int cpu = (b[4] & 0xff) | (b[5] & 0xff) << 8 | (b[6] & 0xff) << 16 | (b[7] & 0xff) << 24;
            return switch (cpu) {
                case 0x01000007 -> "x86_64";
                case 0x0100000c -> "arm64";
                default -> "Mach-O cpu " + Integer.toHexString(cpu);
            };
        }
        return "unknown";
    }
}
