package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.caravanqda.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing in an encrypted project's folder, nor in the temporary folder of the process that
 * worked on it, reveals the transcript: a real Russian relocation account (shared/corpus) is
 * imported, coded with a memo, searched and auto-coded in a child JVM whose java.io.tmpdir is
 * ours to scan; then every byte of every file is searched for distinctive words of it, as UTF-8
 * and UTF-16, surface forms and the lemmas the index would hold. The same session on a plain
 * project finds them, which shows the scan can see.
 */
class EncryptedProjectLeakTest {
    /**
     * Surface forms from the transcript and the coder's memo, lemmas and stems only an index
     * would write, and the transcript's one Latin word (H2 compresses its pages, which hides most
     * Cyrillic words of a plain database from a byte scan, but not this one).
     */
    private static final List<String> WORDS = List.of(
            "отваливается",
            "перебои",
            "двухполоска",
            "грунтовке",
            "автомеханик",
            "Костаная",
            "симка",
            "перебой",
            "отваливаться",
            "порция",
            "мобилизации",
            "отвал",
            "перебо",
            "грунтов",
            "мобилиз",
            "USSD");
    /** Plain H2 structure (the store header and chunk headers): never visible in an encrypted file. */
    private static final List<String> H2_PLAIN_MARKS = List.of("H:2,block:", "chunk:");

    @TempDir
    Path tmp;

    @Test
    void anEncryptedProjectLeavesNoTranscriptWordOnDisk() throws Exception {
        Path transcript = SharedData.file("corpus/ru-relocation/reactor-relocation/qazaqstan.md");
        Path plain = session("plain", transcript);
        Path encrypted = session("encrypted", transcript);

        List<String> plainHits = scan(plain);
        assertThat(plainHits)
                .as("the scan sees a plain project's database")
                .contains("project/caravan.mv.db: USSD (UTF-8)", "project/caravan.mv.db: chunk: (UTF-8)");
        assertThat(plainHits)
                .as("and its on-disk search index")
                .anyMatch(h -> h.startsWith("project/index/") && h.endsWith(": перебои (UTF-8)"))
                .anyMatch(h -> h.startsWith("project/index/") && h.endsWith(": мобилиз (UTF-8)"));

        assertThat(scan(encrypted)).isEmpty();
        assertThat(encrypted.resolve("project/index")).doesNotExist();
        try (var files = Files.list(encrypted.resolve("project"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(
                            "caravan.mv.db", "caravan.lock", "caravan.encryption", "index-encrypted");
        }
        // the search index is kept between sessions, encrypted (and scanned above with the rest)
        try (var files = Files.list(encrypted.resolve("project/index-encrypted"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("segments_"));
        }
    }

    /** Runs the session in a child JVM; returns the folder holding its project and its temp folder. */
    private Path session(String kind, Path transcript) throws IOException, InterruptedException {
        Path root = Files.createDirectories(tmp.resolve(kind));
        Path temp = Files.createDirectories(root.resolve("tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-Djava.io.tmpdir=" + temp,
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LeakScenario.class.getName(),
                        root.resolve("project").toString(),
                        transcript.toString(),
                        kind)
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("session.log").toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(root.resolve("session.log"));
        assertThat(p.exitValue()).as(log).isZero();
        Files.delete(root.resolve("session.log")); // stdout holds search results by design: not the project's
        return root;
    }

    private static List<String> scan(Path root) throws IOException {
        List<byte[]> needles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String mark : H2_PLAIN_MARKS) {
            needles.add(mark.getBytes(StandardCharsets.US_ASCII));
            names.add(mark + " (UTF-8)");
        }
        for (String w : WORDS) {
            for (String form : new TreeSet<>(List.of(w, w.toLowerCase(java.util.Locale.ROOT)))) {
                for (java.nio.charset.Charset cs :
                        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    needles.add(form.getBytes(cs));
                    names.add(form + " (" + cs + ")");
                }
            }
        }
        needles.add("перебои со связью".getBytes(StandardCharsets.UTF_8));
        names.add("перебои со связью (UTF-8)");
        List<String> hits = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i < needles.size(); i++) {
                    if (indexOf(bytes, needles.get(i)) >= 0) {
                        hits.add(root.relativize(f) + ": " + names.get(i));
                    }
                }
            }
        }
        return hits;
    }

    /** Where {@code needle} first occurs in {@code hay}, or -1. */
    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
