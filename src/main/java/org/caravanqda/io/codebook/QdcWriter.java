package org.caravanqda.io.codebook;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caravanqda.app.CaravanException;
import org.caravanqda.model.CodeDraft;

/**
 * Writes a REFI-QDA codebook that validates against Codebook-mrt2019.xsd: elements in schema
 * order, no empty containers, GUIDs without braces, colours as #RRGGBB, UTF-8 without BOM.
 */
final class QdcWriter {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;
    private final Set<String> usedGuids = new HashSet<>();

    private QdcWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(List<CodeDraft> roots, String origin, OutputStream out) {
        if (roots.isEmpty()) {
            // <Codes> needs at least one <Code>: an empty codebook cannot be a valid .qdc
            throw new CaravanException("The codebook is empty: a REFI-QDA codebook needs at least one code");
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new QdcWriter(xml).document(roots, origin);
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
        boolean empty = description == null && c.children().isEmpty();
        newline(depth);
        if (empty) {
            xml.writeEmptyElement(NAMESPACE, "Code");
        } else {
            xml.writeStartElement(NAMESPACE, "Code");
        }
        xml.writeAttribute("guid", uniqueGuid(c.guid()));
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
            xml.writeStartElement(NAMESPACE, "Description");
            xml.writeCharacters(description);
            xml.writeEndElement();
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
