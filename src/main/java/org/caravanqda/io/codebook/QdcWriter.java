package org.caravanqda.io.codebook;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.CodeDraft;

/**
 * Writes a REFI-QDA codebook that validates against Codebook-mrt2019.xsd: elements in schema
 * order, no empty containers, GUIDs without braces, colours as #RRGGBB, UTF-8 without BOM.
 */
final class QdcWriter {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private final String ns;
    /** Code GUID -> GUIDs of its notes: only a project's codes have NoteRefs (the codebook schema has none). */
    private final Function<String, List<String>> noteRefs;

    private final Set<String> usedGuids = new HashSet<>();

    private QdcWriter(XMLStreamWriter xml, String ns, Function<String, List<String>> noteRefs) {
        this.xml = xml;
        this.ns = ns;
        this.noteRefs = noteRefs;
    }

    /**
     * Writes {@code <Code>} elements (one per root, nested) in namespace {@code ns} into a document
     * another writer is producing: the project exporter reuses the codebook's rules this way.
     */
    static void codes(
            XMLStreamWriter xml, String ns, List<CodeDraft> roots, int depth, Function<String, List<String>> noteRefs)
            throws XMLStreamException {
        QdcWriter w = new QdcWriter(xml, ns, noteRefs);
        for (CodeDraft c : roots) {
            w.code(c, depth);
        }
    }

    static void write(List<CodeDraft> roots, String origin, OutputStream out) {
        if (roots.isEmpty()) {
            // <Codes> needs at least one <Code>: an empty codebook cannot be a valid .qdc
            throw new CaravanException("The codebook is empty: a REFI-QDA codebook needs at least one code");
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new QdcWriter(xml, NAMESPACE, g -> List.of()).document(roots, origin);
            xml.close();
        } catch (XMLStreamException e) {
            throw new CaravanException("Cannot write the codebook: " + SecureXml.oneLine(e.getMessage()), e);
        }
    }

    private void document(List<CodeDraft> roots, String origin) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "CodeBook");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("origin", origin);
        newline(1);
        xml.writeStartElement(NAMESPACE, "Codes");
        for (CodeDraft c : roots) {
            code(c, 2);
        }
        newline(1);
        xml.writeEndElement();
        newline(0);
        xml.writeEndElement();
        newline(-1);
        xml.writeEndDocument();
    }

    private void code(CodeDraft c, int depth) throws XMLStreamException {
        String description = RefiValues.xmlSafe(DescriptionCodec.encode(
                new DescriptionCodec.Fields(c.definition(), c.inclusion(), c.exclusion(), c.example())));
        String guid = uniqueGuid(c.guid());
        List<String> notes = noteRefs.apply(guid);
        boolean empty = description == null && c.children().isEmpty() && notes.isEmpty();
        newline(depth);
        if (empty) {
            xml.writeEmptyElement(ns, "Code");
        } else {
            xml.writeStartElement(ns, "Code");
        }
        xml.writeAttribute("guid", guid);
        xml.writeAttribute("name", RefiValues.xmlSafe(RefiValues.name(c.name())));
        xml.writeAttribute("isCodable", Boolean.toString(c.codable()));
        String color = RefiValues.color(c.color());
        if (color != null) {
            xml.writeAttribute("color", color);
        }
        if (empty) {
            return;
        }
        if (description != null) {
            newline(depth + 1);
            xml.writeStartElement(ns, "Description");
            xml.writeCharacters(description);
            xml.writeEndElement();
        }
        for (String note : notes) {
            newline(depth + 1);
            xml.writeEmptyElement(ns, "NoteRef");
            xml.writeAttribute("targetGUID", note);
        }
        for (CodeDraft child : c.children()) {
            code(child, depth + 1);
        }
        newline(depth);
        xml.writeEndElement();
    }

    private String uniqueGuid(String wanted) {
        String g = RefiValues.guidOrNew(wanted);
        while (!usedGuids.add(g)) {
            g = RefiValues.guidOrNew(null); // GUIDs must be unique within the file
        }
        return g;
    }

    /** Line break plus indentation; depth -1 means a final line break only. */
    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(Math.max(depth, 0)));
    }
}
