package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.caravanqda.app.common.CaravanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codebooks arrive from strangers: a hostile file must be refused before anything is fetched. */
class QdcSecurityTest {
    private final QdcCodebookFormat format = new QdcCodebookFormat();

    @TempDir
    Path dir;

    @Test
    void xxeReferringToALocalFileIsRefusedAndLeaksNothing() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-INTERVIEWEE-NAME");
        Path qdc = Files.writeString(
                dir.resolve("xxe.qdc"),
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE CodeBook [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                        + "<Code guid=\"0983E32E-6866-431A-BD94-DAC9BB963825\" name=\"&leak;\" isCodable=\"true\">"
                        + "<Description>&leak;</Description></Code></Codes></CodeBook>");
        assertThatThrownBy(() -> format.read(qdc))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith("Refused xxe.qdc: it declares a DTD")
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(causeChainText(e)).doesNotContain("TOP-SECRET"));
    }

    @Test
    void xxeReferringToAUrlNeverConnects() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            Path qdc = Files.writeString(
                    dir.resolve("remote.qdc"),
                    "<?xml version=\"1.0\"?>\n"
                            + "<!DOCTYPE CodeBook SYSTEM \"" + url + "\">\n"
                            + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                            + "<Code guid=\"0983E32E-6866-431A-BD94-DAC9BB963825\" name=\"x\" isCodable=\"true\"/>"
                            + "</Codes></CodeBook>");
            assertThatThrownBy(() -> format.read(qdc))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("DTD");
            assertThatThrownBy(server::accept)
                    .as("the parser must not have connected")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE CodeBook [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(prev.repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        Path qdc = Files.writeString(
                dir.resolve("laughs.qdc"),
                "<?xml version=\"1.0\"?>\n" + dtd
                        + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                        + "<Code guid=\"0983E32E-6866-431A-BD94-DAC9BB963825\" name=\"&lol10;\" isCodable=\"true\"/>"
                        + "</Codes></CodeBook>");
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> format.read(qdc))
                        .isInstanceOf(CaravanException.class)
                        .hasMessageStartingWith("Refused laughs.qdc: it declares a DTD"));
    }

    @Test
    void aZipBombedProjectIsRefusedWhenOnlyItsCodebookIsTaken() throws Exception {
        // `codebook import x.qdpx` inflates project.qde itself, outside the project importer's archive checks
        Path qdpx = dir.resolve("bomb.qdpx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write("<Project xmlns=\"urn:QDA-XML:project:1.0\"><Description>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 16).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < 512; i++) { // 32 MB of spaces, deflated about a thousandfold
                zip.write(spaces);
            }
            zip.write("</Description></Project>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> new RefiProjectCodebookFormat().read(qdpx))
                .isInstanceOf(CaravanException.class)
                .hasMessage(
                        "Cannot read bomb.qdpx!project.qde: it unpacks to more than 200 times its packed size (a zip bomb?)");
    }

    @Test
    void aCodebookFileOverTheLimitIsRefusedByItsSize() throws Exception {
        Path qdc = dir.resolve("huge.qdc");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(qdc.toFile(), "rw")) {
            f.setLength(300L << 20); // sparse
        }
        assertThatThrownBy(() -> format.read(qdc))
                .isInstanceOf(CaravanException.class)
                .hasMessage("Cannot read huge.qdc: it is 300 MB, far beyond any codebook (the limit is 256 MB)");
    }

    private static String causeChainText(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }
}
