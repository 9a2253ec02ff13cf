package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile files through the command line: each gets exit 1, one line on stderr, and the
 * project stays exactly as it was (same documents, codings and codebook).
 */
class HostileInputCliTest {
    @TempDir
    Path tmp;

    private String project;

    @BeforeEach
    void init() throws IOException {
        project = tmp.resolve("p").toString();
        assertThat(CliRun.of("init", "-p", project).exit()).isZero();
        Path ok = Files.writeString(
                tmp.resolve("ok.txt"), "И: Как вы уехали?\n\nР: Через Верхний Ларс.\n", StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "-p", project, ok.toString()).exit()).isZero();
    }

    private String state() {
        return CliRun.of("stats", "-p", project, "--format", "json").out()
                + CliRun.of("documents", "-p", project, "--format", "json").out()
                + CliRun.of("codebook", "list", "-p", project, "--format", "json")
                        .out();
    }

    private void refused(String expected, String... args) {
        String before = state();
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(1);
        // stderr may carry progress lines before it; the refusal is one line of its own
        java.util.List<String> refusals =
                r.err().lines().filter(l -> l.startsWith("caravan: ")).toList();
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0)).containsIgnoringCase(expected);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void undecodableBinaryAndEmptyTextFilesAreRefused() throws IOException {
        byte[] junk = new byte[8192];
        new java.util.Random(1).nextBytes(junk);
        junk[100] = 0;
        refused(
                "not a text file",
                "import",
                "-p",
                project,
                Files.write(tmp.resolve("junk.txt"), junk).toString());
        refused(
                "not a text file",
                "import",
                "-p",
                project,
                Files.write(
                                tmp.resolve("bad-utf8.txt"),
                                new byte[] {'a', (byte) 0xC3, 0x28, 0, (byte) 0xFF, (byte) 0xFE, 0})
                        .toString());
        refused(
                "empty",
                "import",
                "-p",
                project,
                Files.write(tmp.resolve("empty.txt"), new byte[0]).toString());
        refused(
                "junk.docx",
                "import",
                "-p",
                project,
                Files.write(tmp.resolve("junk.docx"), junk).toString());
    }

    @Test
    void zipBombsAreRefused() throws IOException {
        // a real .docx (made by POI) whose document part inflates a thousandfold
        Path real = tmp.resolve("real.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                OutputStream out = Files.newOutputStream(real)) {
            d.createParagraph().createRun().setText("Р: текст");
            d.write(out);
        }
        Path docx = tmp.resolve("bomb.docx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(real.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(
                            ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                            + "<w:p><w:r><w:t>")
                                    .getBytes(StandardCharsets.UTF_8));
                    zeros(zip, 64 * 1024 * 1024);
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(zip);
                }
            }
        }
        refused("zip bomb", "import", "-p", project, docx.toString());
        Path odt = tmp.resolve("bomb.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zeros(zip, 64 * 1024 * 1024);
        }
        refused("odt", "import", "-p", project, odt.toString());
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-LINE");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>";
        Path qdc = Files.writeString(
                tmp.resolve("xxe.qdc"),
                xxe + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                        + "<Code guid=\"a\" name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>");
        refused("DTD", "codebook", "import", "-p", project, qdc.toString());
        Path odt = tmp.resolve("xxe.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(
                    (xxe + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                                    + "<text:p>&e;</text:p></office:text></office:body></office:document-content>")
                            .getBytes(StandardCharsets.UTF_8));
        }
        refused("DTD", "import", "-p", project, odt.toString());
        assertThat(state()).doesNotContain("TOP-SECRET-LINE");
    }

    @Test
    void attributeTablesWithTheWrongColumnsAreRefused() throws IOException {
        refused(
                "header row",
                "attributes",
                "import",
                "-p",
                project,
                Files.writeString(tmp.resolve("one-column.csv"), "document\nok.txt\n")
                        .toString());
        refused(
                "unknown document",
                "attributes",
                "import",
                "-p",
                project,
                Files.writeString(tmp.resolve("unknown.csv"), "document,age\nok.txt,34\nnobody.txt,40\n")
                        .toString());
        refused(
                "no name",
                "attributes",
                "import",
                "-p",
                project,
                Files.writeString(tmp.resolve("blank-header.csv"), "document,,age\nok.txt,x,34\n")
                        .toString());
    }

    @Test
    void aHalfGigabyteTextFileIsRefusedWithItsSizeBeforeAnyOfItIsRead() throws IOException {
        Path huge = tmp.resolve("interview.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(500L * 1024 * 1024); // sparse: no disk used, reads as zeros
        }
        String before = state();
        // zeros would be refused as "not a text file" if they were read: the size message proves they were not
        long allocatedBefore = allocatedByThisThread();
        CliRun r = CliRun.of("import", "-p", project, huge.toString());
        long allocated = allocatedByThisThread() - allocatedBefore;
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("caravan: ")).toList())
                .singleElement()
                .asString()
                .contains("interview.txt is 500 MB; the limit is 200 MB per document");
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(64L * 1024 * 1024);
        assertThat(state()).isEqualTo(before);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    private static void zeros(OutputStream out, int bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        java.util.Arrays.fill(block, (byte) 'a');
        for (int written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }
}
