package org.caravanqda.io.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.caravanqda.FuzzInputs;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.io.codebook.QdcCodebookFormat;
import org.caravanqda.io.codebook.RefiProjectCodebookFormat;
import org.caravanqda.io.refi.RefiQdpxFormat;
import org.caravanqda.io.text.DocxReader;
import org.caravanqda.io.text.OdtReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XML Caravan reads from other people's files (.docx through POI, every XML part of it;
 * .odt content.xml; .qdc; .qde alone and inside .qdpx, as a project and as a codebook source),
 * with each DTD attack: an external entity naming a local file (XXE), an external parameter
 * entity and an external DTD on a local web server (out-of-band fetch), and nested entities
 * (billion laughs). None may read the file, reach the server or expand the entities.
 */
class EveryXmlReadTest {
    private static final String SECRET = "TOP-SECRET-LINE";

    @TempDir
    Path tmp;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    server.accept().close();
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    /** A DOCTYPE attack on root element {@code root}; the document refers to the entity as &e; where it can. */
    private String attack(String kind, String root) throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
        return switch (kind) {
            case "xxe" -> "<!DOCTYPE " + root + " [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>";
            case "parameter entity" ->
                "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \"" + url + "\"> %p;<!ENTITY e \"x\">]>";
            case "external dtd" -> "<!DOCTYPE " + root + " SYSTEM \"" + url + "\">";
            case "billion laughs" -> {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY l0 \"lol\">");
                for (int i = 1; i <= 9; i++) {
                    dtd.append("<!ENTITY l")
                            .append(i)
                            .append(" \"")
                            .append(("&l" + (i - 1) + ";").repeat(10))
                            .append("\">");
                }
                yield dtd.append("<!ENTITY e \"&l9;\">]>").toString();
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Puts the DOCTYPE after the XML declaration and the entity reference where {@code ENTITY} stands. */
    private static byte[] hostile(String xml, String doctype) {
        String withDoctype = xml.startsWith("<?xml") ? xml.replaceFirst("\\?>", "?>" + doctype) : doctype + xml;
        return withDoctype.replace("ENTITY", "&e;").getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> attacks() {
        List<Arguments> out = new ArrayList<>();
        for (String kind : List.of("xxe", "parameter entity", "external dtd", "billion laughs")) {
            for (String format :
                    List.of("docx", "odt", "qdc", "qde codebook", "qdpx codebook", "qde project", "qdpx project")) {
                out.add(Arguments.of(format, kind));
            }
        }
        return out.stream();
    }

    private static final String CODEBOOK = "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
            + "<Code guid=\"aaaaaaaa-0000-4000-8000-000000000001\" name=\"ENTITY\" isCodable=\"true\"/></Codes></CodeBook>";
    private static final String PROJECT =
            "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
                    + "<CodeBook><Codes><Code guid=\"aaaaaaaa-0000-4000-8000-000000000001\" name=\"ENTITY\" isCodable=\"true\"/>"
                    + "</Codes></CodeBook><Sources><TextSource guid=\"bbbbbbbb-0000-4000-8000-000000000001\" name=\"a\">"
                    + "<PlainTextContent>ENTITY</PlainTextContent></TextSource></Sources></Project>";
    private static final String ODT = "<?xml version=\"1.0\"?><office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
            + "<text:p>ENTITY</text:p></office:text></office:body></office:document-content>";

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("attacks")
    void neverExpandsOrFetches(String format, String kind) throws Exception {
        List<Path> files = switch (format) {
            case "docx" -> docxWithEveryPartAttacked(kind);
            case "odt" ->
                List.of(write(
                        "a.odt",
                        FuzzInputs.zip(Map.of("content.xml", hostile(ODT, attack(kind, "office:document-content"))))));
            case "qdc" -> List.of(write("a.qdc", hostile(CODEBOOK, attack(kind, "CodeBook"))));
            case "qde codebook", "qde project" -> List.of(write("a.qde", hostile(PROJECT, attack(kind, "Project"))));
            default ->
                List.of(write(
                        "a.qdpx", FuzzInputs.zip(Map.of("project.qde", hostile(PROJECT, attack(kind, "Project"))))));
        };
        Function<Path, Object> reader = switch (format) {
            case "docx" -> new DocxReader()::read;
            case "odt" -> new OdtReader()::read;
            case "qdc" -> new QdcCodebookFormat()::read;
            case "qde codebook", "qdpx codebook" -> new RefiProjectCodebookFormat()::read;
            default -> new RefiQdpxFormat()::read;
        };
        for (Path file : files) {
            try {
                Object read = reader.apply(file);
                // only parts POI never parses may carry a DTD and still be read; nothing of it shows
                assertThat(format).isEqualTo("docx");
                assertThat(String.valueOf(read)).doesNotContain(SECRET, "lollol");
            } catch (CaravanException refused) {
                assertThat(refused.getMessage()).doesNotContain(SECRET, "\n");
                if (!format.equals("docx")) { // POI reports a DTD in _rels/.rels as a package without a document
                    assertThat(refused.getMessage()).containsAnyOf("DTD", "DOCTYPE");
                }
            }
        }
        assertThat(connections).as("connections to the attacker's server").hasValue(0);
    }

    /** One .docx per XML part of a real package, each with the attack in that part only. */
    private List<Path> docxWithEveryPartAttacked(String kind) throws IOException {
        byte[] real;
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("ENTITY");
            d.createStyles();
            d.write(out);
            real = out.toByteArray();
        }
        Map<String, byte[]> parts = FuzzInputs.entries(real);
        List<Path> files = new ArrayList<>();
        for (String part : parts.keySet()) {
            String xml = new String(parts.get(part), StandardCharsets.UTF_8);
            String root = xml.replaceFirst("(?s)^(<\\?xml.*?\\?>)?\\s*<([^\\s>]+).*", "$2");
            Map<String, byte[]> attacked = new LinkedHashMap<>(parts);
            attacked.put(part, hostile(xml, attack(kind, root)));
            files.add(write("part" + files.size() + ".docx", FuzzInputs.zip(attacked)));
        }
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        return files;
    }

    private Path write(String name, byte[] data) throws IOException {
        return Files.write(tmp.resolve(name), data);
    }
}
