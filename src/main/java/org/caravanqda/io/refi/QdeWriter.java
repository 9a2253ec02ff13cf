package org.caravanqda.io.refi;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caravanqda.app.refi.RefiProject;
import org.caravanqda.io.codebook.RefiXml;

/**
 * Writes project.qde valid against Project-mrt2019.xsd: children in schema order, no empty
 * containers, texts in sources/ (never inline: XML would turn CRLF into LF), dates in UTC.
 */
final class QdeWriter {
    static final String NS = "urn:QDA-XML:project:1.0";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private final XMLStreamWriter xml;
    private final Map<String, String> variableTypes = new HashMap<>();

    private QdeWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(RefiProject p, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        new QdeWriter(xml).project(p);
        xml.flush(); // not close(): the zip entry stays open for its owner
    }

    /** The archive path of a source's or note's text. */
    static String textFile(String guid) {
        return guid + ".txt";
    }

    private void project(RefiProject p) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NS);
        xml.writeStartElement(NS, "Project");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("name", RefiXml.xmlSafe(p.name()));
        xml.writeAttribute("origin", p.origin());
        xml.writeAttribute("creationDateTime", date(Instant.now()));
        if (!p.users().isEmpty()) {
            start("Users");
            for (RefiProject.User u : p.users()) {
                empty("User");
                xml.writeAttribute("guid", u.guid());
                xml.writeAttribute("name", RefiXml.xmlSafe(u.name()));
            }
            end();
        }
        if (!p.codes().isEmpty()) {
            start("CodeBook");
            start("Codes");
            RefiXml.writeCodes(xml, NS, p.codes(), 3, g -> p.codeNotes().getOrDefault(g, List.of()));
            end();
            end();
        }
        if (!p.variables().isEmpty()) {
            start("Variables");
            for (RefiProject.Variable v : p.variables()) {
                variableTypes.put(v.guid(), v.type());
                empty("Variable");
                xml.writeAttribute("guid", v.guid());
                xml.writeAttribute("name", RefiXml.xmlSafe(v.name()));
                xml.writeAttribute("typeOfVariable", v.type());
            }
            end();
        }
        if (!p.cases().isEmpty()) {
            start("Cases");
            for (RefiProject.Case c : p.cases()) {
                start("Case");
                xml.writeAttribute("guid", c.guid());
                xml.writeAttribute("name", RefiXml.xmlSafe(c.name()));
                description(c.description());
                values(c.values());
                for (String s : c.sourceGuids()) {
                    empty("SourceRef");
                    xml.writeAttribute("targetGUID", s);
                }
                end();
            }
            end();
        }
        if (!p.sources().isEmpty()) {
            start("Sources");
            for (RefiProject.Source s : p.sources()) {
                source(s);
            }
            for (RefiProject.Media m : p.media()) {
                media(m);
            }
            end();
        }
        if (!p.notes().isEmpty()) {
            start("Notes");
            for (RefiProject.Note n : p.notes()) {
                empty("Note");
                xml.writeAttribute("guid", n.guid());
                xml.writeAttribute("name", RefiXml.xmlSafe(n.name()));
                xml.writeAttribute("plainTextPath", "internal://" + textFile(n.guid()));
                user("creatingUser", n.creatingUser());
                dateAttr(n.created());
            }
            end();
        }
        noteRefs(p.projectNotes());
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void source(RefiProject.Source s) throws XMLStreamException {
        start("TextSource");
        xml.writeAttribute("guid", s.guid());
        xml.writeAttribute("name", RefiXml.xmlSafe(s.name()));
        xml.writeAttribute("plainTextPath", "internal://" + textFile(s.guid()));
        user("creatingUser", s.creatingUser());
        dateAttr(s.created());
        description(s.description());
        for (RefiProject.Selection sel : s.selections()) {
            start("PlainTextSelection");
            xml.writeAttribute("guid", sel.guid());
            xml.writeAttribute("name", RefiXml.xmlSafe(sel.name()));
            xml.writeAttribute("startPosition", Long.toString(sel.start()));
            xml.writeAttribute("endPosition", Long.toString(sel.end()));
            user("creatingUser", sel.creatingUser());
            dateAttr(sel.created());
            description(sel.description());
            for (RefiProject.Coding c : sel.codings()) {
                start("Coding");
                xml.writeAttribute("guid", c.guid());
                user("creatingUser", c.creatingUser());
                dateAttr(c.created());
                empty("CodeRef");
                xml.writeAttribute("targetGUID", RefiXml.guid(c.codeGuid()));
                noteRefs(c.noteGuids());
                end();
            }
            noteRefs(sel.noteGuids());
            end();
        }
        noteRefs(s.noteGuids());
        values(s.values());
        end();
    }

    /** A recording with its transcript: the text source's own text file, synced at the units' times. */
    private void media(RefiProject.Media m) throws XMLStreamException {
        start(m.video() ? "VideoSource" : "AudioSource");
        xml.writeAttribute("guid", m.guid());
        xml.writeAttribute("name", RefiXml.xmlSafe(m.name()));
        if (m.path() != null) {
            xml.writeAttribute("path", RefiXml.xmlSafe(m.path()));
        }
        dateAttr(m.created());
        start("Transcript");
        xml.writeAttribute("guid", m.transcriptGuid());
        xml.writeAttribute("name", RefiXml.xmlSafe(m.name()));
        xml.writeAttribute("plainTextPath", "internal://" + textFile(m.textSourceGuid()));
        for (RefiProject.SyncPoint p : m.syncPoints()) {
            empty("SyncPoint");
            xml.writeAttribute("guid", p.guid());
            xml.writeAttribute("timeStamp", Long.toString(p.timeMs()));
            xml.writeAttribute("position", Long.toString(p.position()));
        }
        end();
        end();
    }

    private void values(List<RefiProject.Value> values) throws XMLStreamException {
        for (RefiProject.Value v : values) {
            start("VariableValue");
            empty("VariableRef");
            xml.writeAttribute("targetGUID", v.variableGuid());
            start(variableTypes.getOrDefault(v.variableGuid(), "Text") + "Value");
            xml.writeCharacters(RefiXml.xmlSafe(v.value()));
            xml.writeEndElement();
            depth--;
            end();
        }
    }

    private void description(String d) throws XMLStreamException {
        if (d != null && !d.isBlank()) {
            start("Description");
            xml.writeCharacters(RefiXml.xmlSafe(d));
            xml.writeEndElement();
            depth--;
        }
    }

    private void noteRefs(List<String> guids) throws XMLStreamException {
        for (String g : guids) {
            empty("NoteRef");
            xml.writeAttribute("targetGUID", g);
        }
    }

    private void user(String attribute, String guid) throws XMLStreamException {
        if (guid != null) {
            xml.writeAttribute(attribute, guid);
        }
    }

    private void dateAttr(Instant at) throws XMLStreamException {
        if (at != null) {
            xml.writeAttribute("creationDateTime", date(at));
        }
    }

    private static String date(Instant at) {
        return DATE.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private int depth = 0;

    private void start(String name) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(++depth));
        xml.writeStartElement(NS, name);
    }

    private void empty(String name) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth + 1));
        xml.writeEmptyElement(NS, name);
    }

    private void end() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth--));
        xml.writeEndElement();
    }
}
