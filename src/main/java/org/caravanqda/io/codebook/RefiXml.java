package org.caravanqda.io.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.util.AtomicFiles;
import org.w3c.dom.Document;

/**
 * The codebook rules the project exchange (io.refi) shares with the codebook files, so a code
 * tree, a GUID, a colour or hostile XML is handled in one place.
 */
public final class RefiXml {
    private RefiXml() {}

    /** Parses untrusted XML: DTDs refused (no XXE, no entity expansion); one-line CaravanException otherwise. */
    public static Document parse(InputStream in, String what) {
        return SecureXml.parse(in, what);
    }

    /** The code tree of a {@code <Project>}'s or {@code <CodeBook>}'s Codes, GUIDs normalised. */
    public static List<CodeDraft> codes(Document doc, String what) {
        return QdcReader.read(doc, what);
    }

    /** Writes the code tree as nested {@code <Code>} elements, with NoteRefs from {@code noteRefs}. */
    public static void writeCodes(
            XMLStreamWriter xml, String ns, List<CodeDraft> roots, int depth, Function<String, List<String>> noteRefs)
            throws XMLStreamException {
        QdcWriter.codes(xml, ns, roots, depth, noteRefs);
    }

    /** A GUID lower case without braces, or null when absent or not GUID-shaped. */
    public static String guid(String raw) {
        return RefiValues.guid(raw);
    }

    /** Drops characters XML 1.0 cannot carry and makes line ends LF (for attributes and descriptions). */
    public static String xmlSafe(String s) {
        return RefiValues.xmlSafe(s);
    }

    public static String oneLine(String s) {
        return SecureXml.oneLine(s);
    }

    /**
     * Writes through a temporary sibling file, moved into place only when complete, so a failed
     * export never leaves half a file behind (the codebook files and the project exchange alike).
     */
    public static void writeAtomically(Path target, Consumer<OutputStream> content) {
        try {
            AtomicFiles.to(target).stream(content::accept);
        } catch (IOException | UncheckedIOException e) {
            throw new CaravanException("Cannot write " + target + ": " + SecureXml.oneLine(e.getMessage()), e);
        }
    }
}
