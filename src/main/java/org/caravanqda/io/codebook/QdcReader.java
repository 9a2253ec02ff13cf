package org.caravanqda.io.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.CodeDraft;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a parsed REFI-QDA CodeBook (in a .qdc, or inside a project .qde) into code drafts.
 * Lenient as the standard's own guide asks: elements are matched by local name whatever the
 * namespace version (1.0, 1:0, 0:4 or none), and missing optional values get defaults.
 */
final class QdcReader {
    /** ATLAS.ti 8 flattens its hierarchy into "Parent::Child" names. */
    private static final String ATLAS_LEVEL_SEPARATOR = "::";

    private final Set<String> seenGuids = new HashSet<>();

    private QdcReader() {}

    static List<CodeDraft> read(Document doc, String what) {
        Element root = doc.getDocumentElement();
        Element codebook;
        switch (localName(root)) {
            case "CodeBook" -> codebook = root;
            case "Project" -> codebook = child(root, "CodeBook");
            default ->
                throw new CaravanException("Cannot read " + what + ": not a REFI-QDA codebook (root element <"
                        + localName(root) + ">, expected <CodeBook> or <Project>)");
        }
        Element codes = codebook == null ? null : child(codebook, "Codes");
        if (codes == null) {
            return List.of(); // a project without codes is legal
        }
        return new QdcReader().codes(codes);
    }

    private List<CodeDraft> codes(Element parent) {
        List<CodeDraft> list = new ArrayList<>();
        for (Element e : children(parent, "Code")) {
            list.add(code(e));
        }
        return nestFlatNames(list);
    }

    private CodeDraft code(Element e) {
        String guid = RefiValues.guid(attribute(e, "guid"));
        if (guid != null && !seenGuids.add(guid)) {
            guid = null; // a duplicate would clash on import; the importer makes a fresh one
        }
        Element description = child(e, "Description");
        DescriptionCodec.Fields f = DescriptionCodec.decode(description == null ? null : description.getTextContent());
        return new CodeDraft(
                guid,
                RefiValues.name(attribute(e, "name")),
                RefiValues.color(attribute(e, "color")),
                f.definition(),
                f.inclusion(),
                f.exclusion(),
                f.example(),
                RefiValues.codable(attribute(e, "isCodable")),
                codes(e));
    }

    /** Moves "A::B" under a sibling named "A" as "B" (ATLAS.ti 8); other names stay as they are. */
    static List<CodeDraft> nestFlatNames(List<CodeDraft> siblings) {
        Set<String> plainNames = new HashSet<>();
        siblings.stream()
                .map(CodeDraft::name)
                .filter(n -> !n.contains(ATLAS_LEVEL_SEPARATOR))
                .forEach(plainNames::add);
        Map<String, List<CodeDraft>> adopted = new LinkedHashMap<>();
        List<CodeDraft> kept = new ArrayList<>();
        for (CodeDraft c : siblings) {
            int cut = c.name().indexOf(ATLAS_LEVEL_SEPARATOR);
            String parent = cut > 0 ? c.name().substring(0, cut).strip() : null;
            String rest = cut > 0
                    ? c.name().substring(cut + ATLAS_LEVEL_SEPARATOR.length()).strip()
                    : "";
            if (parent != null && !rest.isEmpty() && plainNames.contains(parent)) {
                adopted.computeIfAbsent(parent, k -> new ArrayList<>()).add(renamed(c, rest));
            } else {
                kept.add(c);
            }
        }
        if (adopted.isEmpty()) {
            return siblings;
        }
        List<CodeDraft> out = new ArrayList<>();
        for (CodeDraft c : kept) {
            List<CodeDraft> extra = adopted.remove(c.name());
            if (extra == null) {
                out.add(c);
            } else {
                List<CodeDraft> kids = new ArrayList<>(c.children());
                kids.addAll(extra);
                out.add(new CodeDraft(
                        c.guid(),
                        c.name(),
                        c.color(),
                        c.definition(),
                        c.inclusion(),
                        c.exclusion(),
                        c.example(),
                        c.codable(),
                        nestFlatNames(kids)));
            }
        }
        return out;
    }

    private static CodeDraft renamed(CodeDraft c, String name) {
        return new CodeDraft(
                c.guid(),
                name,
                c.color(),
                c.definition(),
                c.inclusion(),
                c.exclusion(),
                c.example(),
                c.codable(),
                c.children());
    }

    private static String attribute(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    static Element child(Element parent, String localName) {
        List<Element> list = children(parent, localName);
        return list.isEmpty() ? null : list.get(0);
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(localName(n))) {
                out.add((Element) n);
            }
        }
        return out;
    }
}
