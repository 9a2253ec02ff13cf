package org.caravanqda.io.refi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.io.codebook.RefiXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** DOM access by local name, whatever namespace version the writer used (1.0, 1:0, 0:10 or none). */
final class Dom {
    private Dom() {}

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream()
                .filter(e -> localName.equals(localName(e)))
                .toList();
    }

    static Element child(Element parent, String localName) {
        List<Element> l = children(parent, localName);
        return l.isEmpty() ? null : l.get(0);
    }

    static String attr(Element e, String name) {
        return e != null && e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    static String text(Element parent, String child) {
        Element c = child(parent, child);
        return c == null ? null : c.getTextContent();
    }

    static String guid(Element e, String attribute) {
        return RefiXml.guid(attr(e, attribute));
    }

    /** GUIDs of the NoteRef children. */
    static List<String> noteRefs(Element e) {
        return children(e, "NoteRef").stream()
                .map(n -> guid(n, "targetGUID"))
                .filter(g -> g != null)
                .toList();
    }

    /** xsd:dateTime leniently: with or without zone (then UTC); null when absent or unreadable. */
    static Instant date(Element e, String attribute) {
        String s = attr(e, attribute);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (RuntimeException notOffset) {
            try {
                return LocalDateTime.parse(s.strip()).toInstant(ZoneOffset.UTC);
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    /** xsd:integer; a missing or unreadable position is -1, which no text accepts. */
    static long position(Element e, String attribute) {
        try {
            return Long.parseLong(attr(e, attribute).strip());
        } catch (RuntimeException e1) {
            return -1;
        }
    }
}
