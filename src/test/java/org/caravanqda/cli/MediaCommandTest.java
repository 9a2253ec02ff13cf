package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * caravan media attach|list|detach with the real recording made for the tests (src/test/resources/media:
 * espeak-ng speech, its .vtt), hostile paths, and the time column of the segments export.
 */
class MediaCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    Path project;
    Path outside;

    static Path resource(String name, Path into) throws Exception {
        try (InputStream in = MediaCommandTest.class.getResourceAsStream("/media/" + name)) {
            Path p = into.resolve(name);
            Files.createDirectories(into);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    @BeforeEach
    void project() throws Exception {
        project = tmp.resolve("study");
        outside = tmp.resolve("recordings");
        ok("init", "-p", project.toString());
        ok("import", "-p", project.toString(), resource("speech.vtt", outside).toString());
    }

    private String mp3() throws Exception {
        return resource("speech.mp3", outside).toString();
    }

    private static CliRun ok(String... args) {
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    private JsonNode list() throws Exception {
        return JSON.readTree(ok("media", "list", "-p", project.toString(), "--format", "json")
                .out());
    }

    /** A refusal: exit 1, one line on stderr naming the reason, and the recordings as they were. */
    private void refused(String reason, String... args) throws Exception {
        String before = list().toString();
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(reason).doesNotContain("Exception");
        assertThat(list().toString()).isEqualTo(before);
    }

    @Test
    void attachOutsideKeepsTheAbsolutePathThenListAndDetach() throws Exception {
        Path mp3 = resource("speech.mp3", outside);
        CliRun r = ok("media", "attach", "-p", project.toString(), "--document", "speech", mp3.toString());
        assertThat(r.out()).contains("attached audio " + mp3.toAbsolutePath().normalize() + " to speech.vtt");
        JsonNode all = list();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("document").asString()).isEqualTo("speech.vtt");
        assertThat(all.get(0).get("path").asString())
                .isEqualTo(mp3.toAbsolutePath().normalize().toString());
        assertThat(all.get(0).get("kind").asString()).isEqualTo("audio");
        assertThat(all.get(0).get("file").asString()).isEqualTo("found");
        assertThat(ok("media", "list", "-p", project.toString()).out()).contains("1 recordings");

        // moved away: listed as missing, one clear line, the transcript still there
        Files.move(mp3, outside.resolve("moved.mp3"));
        assertThat(list().get(0).get("file").asString()).isEqualTo("missing");
        assertThat(ok("units", "-p", project.toString(), "--document", "speech").out())
                .contains("first winter");

        assertThat(ok("media", "detach", "-p", project.toString(), "--document", "speech")
                        .out())
                .startsWith("detached ");
        assertThat(list()).isEmpty();
        refused("has no recording attached", "media", "detach", "-p", project.toString(), "--document", "speech");
    }

    @Test
    void aFileInsideTheProjectIsStoredRelativeAndACopyGoesToMedia() throws Exception {
        Path inside = resource("speech.wav", project.resolve("audio"));
        ok("media", "attach", "-p", project.toString(), "--document", "speech.vtt", inside.toString());
        assertThat(list().get(0).get("path").asString()).isEqualTo("audio/speech.wav");
        assertThat(list().get(0).get("copied").asBoolean()).isFalse();

        // the project folder moved with its recording: the relative path still finds it
        Path moved = tmp.resolve("moved-study");
        Files.move(project, moved);
        project = moved;
        assertThat(list().get(0).get("file").asString()).isEqualTo("found");

        Path mp3 = resource("speech.mp3", outside);
        CliRun copy = ok("media", "attach", "-p", project.toString(), "--document", "speech", mp3.toString(), "--copy");
        assertThat(copy.out()).contains("media/speech.mp3").contains("copied into the project");
        assertThat(project.resolve("media/speech.mp3")).hasSameBinaryContentAs(mp3);
        assertThat(list().get(0).get("path").asString()).isEqualTo("media/speech.mp3");
        assertThat(list().get(0).get("copied").asBoolean()).isTrue();
        // a second copy of a file with the same name does not overwrite the first
        ok("media", "attach", "-p", project.toString(), "--document", "speech", mp3.toString(), "--copy");
        assertThat(list().get(0).get("path").asString()).isEqualTo("media/speech-2.mp3");
        assertThat(ok("media", "detach", "-p", project.toString(), "--document", "speech")
                        .out())
                .contains("the copy stays");
        assertThat(project.resolve("media/speech-2.mp3")).exists();
    }

    @Test
    void badAndHostileFilesAreRefusedWithOneLine() throws Exception {
        String p = project.toString();
        refused(
                "does not exist",
                "media",
                "attach",
                "-p",
                p,
                "--document",
                "speech",
                outside.resolve("no.mp3").toString());
        refused(
                "unknown document",
                "media",
                "attach",
                "-p",
                p,
                "--document",
                "nobody",
                resource("speech.mp3", outside).toString());
        Path text = Files.writeString(outside.resolve("notes.txt"), "not a recording");
        refused(
                "is not a recording Caravan plays",
                "media",
                "attach",
                "-p",
                p,
                "--document",
                "speech",
                text.toString());
        // a text file renamed .mp3, a WAV renamed .mp4: the first bytes give them away
        Path fake = Files.writeString(outside.resolve("fake.mp3"), "<html>not audio</html>");
        refused("does not look like MP3", "media", "attach", "-p", p, "--document", "speech", fake.toString());
        Path renamed = Files.copy(resource("speech.wav", outside), outside.resolve("speech.mp4"));
        refused("does not look like MP4", "media", "attach", "-p", p, "--document", "speech", renamed.toString());
        Path empty = Files.createFile(outside.resolve("empty.wav"));
        refused("is empty", "media", "attach", "-p", p, "--document", "speech", empty.toString());
        refused("is not a file", "media", "attach", "-p", p, "--document", "speech", outside.toString());

        // --copy never follows a link: neither the file's own nor a media folder planted as a link
        Path secret = Files.copy(resource("speech.wav", outside), tmp.resolve("secret.wav"));
        Path link = Files.createSymbolicLink(outside.resolve("link.wav"), secret);
        refused("is a symbolic link", "media", "attach", "-p", p, "--document", "speech", link.toString(), "--copy");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("media"), elsewhere);
        refused("is a symbolic link", "media", "attach", "-p", p, "--document", "speech", mp3(), "--copy");
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        // linked where it is (no copy), a link is the user's choice and is played through
        ok("media", "attach", "-p", p, "--document", "speech", link.toString());
        assertThat(list().get(0).get("file").asString()).isEqualTo("found");
    }

    @Test
    void segmentsExportsCarryTheTimeOfTheUnitWhereACodingStarts() throws Exception {
        String p = project.toString();
        ok("codebook", "add", "-p", p, "Hardship");
        ok("code", "-p", p, "--document", "speech", "--quote", "first winter was hard", "--code", "Hardship");
        ok("code", "-p", p, "--document", "speech", "--quote", "Hello", "--code", "Hardship");
        Path csv = tmp.resolve("segments.csv");
        ok("export", "-p", p, csv.toString());
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(Files.newBufferedReader(csv))
                .getRecords();
        assertThat(rows)
                .extracting(r -> r.get("coded text") + " @ " + r.get("time"))
                .containsExactly("Hello @ 00:00:00", "first winter was hard @ 00:00:03");
        Path xlsx = tmp.resolve("segments.xlsx");
        ok("export", "-p", p, xlsx.toString());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = wb.getSheet("Segments");
            int time = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals("time")) {
                    time = cell.getColumnIndex();
                }
            }
            assertThat(time).isPositive();
            assertThat(sheet.getRow(2).getCell(time).getStringCellValue()).isEqualTo("00:00:03");
        }
    }

    @Test
    void refiExportCarriesTheRecordingWithItsSyncedTranscriptAndReadsBackAsOneDocument() throws Exception {
        String p = project.toString();
        ok("codebook", "add", "-p", p, "Hardship");
        ok("code", "-p", p, "--document", "speech", "--quote", "first winter was hard", "--code", "Hardship");
        ok("media", "attach", "-p", p, "--document", "speech", mp3(), "--copy");
        Path qdpx = tmp.resolve("study.qdpx");
        ok("export", "-p", p, qdpx.toString());

        String qde;
        String text;
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            qde = new String(
                    zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            doc.setNamespaceAware(true);
            var root = doc.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(qde.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .getDocumentElement();
            var audio = (org.w3c.dom.Element)
                    root.getElementsByTagNameNS("*", "AudioSource").item(0);
            assertThat(audio.getAttribute("name")).isEqualTo("speech.vtt");
            assertThat(audio.getAttribute("path"))
                    .isEqualTo(
                            "absolute://" + project.toAbsolutePath().normalize().resolve("media/speech.mp3"));
            var source = (org.w3c.dom.Element)
                    root.getElementsByTagNameNS("*", "TextSource").item(0);
            var transcript = (org.w3c.dom.Element)
                    audio.getElementsByTagNameNS("*", "Transcript").item(0);
            assertThat(transcript.getAttribute("plainTextPath")).isEqualTo(source.getAttribute("plainTextPath"));
            text = new String(
                    zip.getInputStream(zip.getEntry("sources/"
                                    + source.getAttribute("plainTextPath").substring("internal://".length())))
                            .readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            var points = transcript.getElementsByTagNameNS("*", "SyncPoint");
            List<String> synced = new java.util.ArrayList<>();
            for (int i = 0; i < points.getLength(); i++) {
                var e = (org.w3c.dom.Element) points.item(i);
                int at = text.offsetByCodePoints(0, Integer.parseInt(e.getAttribute("position")));
                synced.add(e.getAttribute("timeStamp") + " " + text.substring(at, text.indexOf('.', at) + 1));
            }
            assertThat(synced)
                    .containsExactly("0 Hello.", "3690 The first winter was hard.", "6180 Now I work at a bakery.");
        }
        assertThat(org.caravanqda.io.refi.RefiFiles.qdpxSchemaErrors(qdpx)).isEmpty();

        // Caravan reads its own archive back as one document with its coding, the recording noted as passed over
        Path copy = tmp.resolve("copy");
        CliRun read = ok("init", "-p", copy.toString(), "--from", qdpx.toString());
        assertThat(read.out() + read.err()).contains("AudioSource 'speech.vtt': the recording itself");
        JsonNode docs = JSON.readTree(
                ok("documents", "-p", copy.toString(), "--format", "json").out());
        assertThat(docs).hasSize(1);
        assertThat(ok("codings", "-p", copy.toString()).out()).contains("first winter was hard");
    }
}
