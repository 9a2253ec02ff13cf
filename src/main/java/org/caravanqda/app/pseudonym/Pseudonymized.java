package org.caravanqda.app.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.CodedDocument;
import org.caravanqda.app.port.DataTable;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Coding;
import org.caravanqda.model.TextUnit;

/** The things exports write, with the pseudonyms applied: documents (offsets remapped), tables, attribute values. */
public final class Pseudonymized {
    private Pseudonymized() {}

    /** Name, text, speakers and memos rewritten; unit and coding offsets moved onto the new text. */
    public static CodedDocument document(CodedDocument d, Pseudonymizer pz) {
        Pseudonymizer.Rewritten r = pz.rewrite(d.text());
        OffsetMap m = r.offsets();
        List<TextUnit> units = d.units().stream()
                .map(u -> new TextUnit(
                        u.ordinal(), u.kind(), pz.apply(u.speaker()), m.start(u.start()), m.end(u.end()), u.startMs()))
                .toList();
        List<Coding> codings = d.codings().stream()
                .map(c -> new Coding(
                        c.id(),
                        c.guid(),
                        c.documentId(),
                        c.codeId(),
                        c.coder(),
                        m.start(c.start()),
                        m.end(c.end()),
                        c.createdAt(),
                        pz.apply(c.memo())))
                .toList();
        return new CodedDocument(d.id(), pz.apply(d.name()), r.text(), units, codings);
    }

    /** Every text cell and header rewritten (document names in columns, attribute values, quotes). */
    public static DataTable table(DataTable t, Pseudonymizer pz) {
        if (pz.isEmpty()) {
            return t;
        }
        List<List<Object>> rows = new ArrayList<>(t.rows().size());
        for (List<Object> row : t.rows()) {
            List<Object> out = new ArrayList<>(row.size());
            row.forEach(cell -> out.add(cell(cell, pz)));
            rows.add(out);
        }
        return new DataTable(
                pz.apply(t.name()), t.header().stream().map(pz::apply).toList(), rows, t.labelColumns(), t.heat());
    }

    private static Object cell(Object cell, Pseudonymizer pz) {
        if (cell instanceof String s) {
            return pz.apply(s);
        }
        if (cell instanceof DataTable.Filled f && f.value() instanceof String s) {
            return new DataTable.Filled(pz.apply(s), f.color());
        }
        return cell;
    }

    /**
     * A code tree with names, definitions, inclusion and exclusion criteria and examples rewritten:
     * a code may be named after a participant ("Марина/Отъезд"), and its fields quote them.
     */
    public static List<CodeDraft> drafts(List<CodeDraft> codes, Pseudonymizer pz) {
        if (pz.isEmpty()) {
            return codes;
        }
        return codes.stream()
                .map(c -> new CodeDraft(
                        c.guid(),
                        pz.apply(c.name()),
                        c.color(),
                        pz.apply(c.definition()),
                        pz.apply(c.inclusion()),
                        pz.apply(c.exclusion()),
                        pz.apply(c.example()),
                        c.codable(),
                        drafts(c.children(), pz)))
                .toList();
    }

    /** A code path ("Участники/Марина") with each name rewritten, joined as paths are. */
    public static String path(List<String> names, Pseudonymizer pz) {
        return String.join(
                org.caravanqda.model.CodePath.SEPARATOR,
                names.stream()
                        .map(pz::apply)
                        .map(org.caravanqda.model.CodePath::escape)
                        .toList());
    }

    /** Text values rewritten (a pseudonym column keeps its values unless they are listed names). */
    public static Map<Long, List<AttributeValue>> values(Map<Long, List<AttributeValue>> values, Pseudonymizer pz) {
        if (pz.isEmpty()) {
            return values;
        }
        Map<Long, List<AttributeValue>> out = new java.util.LinkedHashMap<>();
        values.forEach((id, list) -> out.put(
                id,
                list.stream()
                        .map(v -> v.type() == AttributeType.TEXT && v.value() instanceof String s
                                ? new AttributeValue(v.attribute(), v.type(), pz.apply(s))
                                : v)
                        .toList()));
        return out;
    }
}
