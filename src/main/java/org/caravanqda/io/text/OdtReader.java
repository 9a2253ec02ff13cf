package org.caravanqda.io.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.io.xml.SecureXmlParsers;
import org.xml.sax.SAXException;

/** OpenDocument text (.odt): content.xml read from the zip with size limits and a parser without DTDs. */
public final class OdtReader implements DocumentReader {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_CONTENT_BYTES = 100L * 1024 * 1024;
    /** content.xml compresses well, but not beyond this: higher ratios mean a zip bomb. */
    static final long MAX_RATIO = 100;

    @Override
    public Set<String> extensions() {
        return Set.of("odt");
    }

    @Override
    public ParsedDocument read(Path file) {
        return read(file, ReadOptions.DETECT);
    }

    @Override
    public ParsedDocument read(Path file, ReadOptions options) {
        String name = file.getFileName().toString();
        byte[] content = contentXml(file, name);
        TextAssembler out = new TextAssembler(options.speakers());
        try {
            parser().parse(new ByteArrayInputStream(content), new OdtContentHandler(out::paragraph));
        } catch (SAXException e) {
            String why = String.valueOf(e.getMessage()).contains("DOCTYPE")
                    ? "its content.xml declares a DTD, which is refused for safety"
                    : SecureXmlParsers.tooDeep(e)
                            ? "its content.xml nests elements more than " + SecureXmlParsers.MAX_DEPTH + " levels deep"
                            : "its content.xml is not well-formed XML";
            throw new CaravanException(name + " is not a readable .odt file: " + why, e);
        } catch (IOException | ParserConfigurationException e) {
            throw new CaravanException(name + " is not a readable .odt file: " + e.getMessage(), e);
        }
        return out.finish(file, Map.of());
    }

    private static byte[] contentXml(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new CaravanException(
                        name + " is not a readable .odt file: it has more than " + MAX_ENTRIES + " zip entries");
            }
            ZipEntry entry = find(zip, "content.xml");
            if (entry == null) {
                throw new CaravanException(name + " is not a readable .odt file: it has no content.xml");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] data = in.readNBytes((int) MAX_CONTENT_BYTES + 1);
                long packed = Math.max(entry.getCompressedSize(), 1024);
                if (data.length > MAX_CONTENT_BYTES || data.length > packed * MAX_RATIO) {
                    throw new CaravanException(name
                            + " is not a readable .odt file: its content.xml unpacks to more than "
                            + MAX_RATIO + " times its packed size or more than " + Files2.megabytes(MAX_CONTENT_BYTES)
                            + " (the limits against zip bombs)");
                }
                return data;
            }
        } catch (ZipException e) {
            throw new CaravanException(name + " is not a valid .odt file (not a zip package)", e);
        } catch (IOException e) {
            throw Files2.cannotRead(file, e);
        }
    }

    private static ZipEntry find(ZipFile zip, String path) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().equals(path)) {
                return e;
            }
        }
        return null;
    }

    /** A namespace-aware SAX parser that refuses DTDs and never resolves external entities. */
    static javax.xml.parsers.SAXParser parser() throws ParserConfigurationException, SAXException {
        return SecureXmlParsers.sax();
    }
}
