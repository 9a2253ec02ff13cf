package org.caravanqda.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.caravanqda.analysis.CodeIndex;
import org.caravanqda.analysis.CodedDocument;
import org.caravanqda.analysis.ContextWords;
import org.caravanqda.analysis.UnitIndex;
import org.caravanqda.app.port.SegmentColumn;
import org.caravanqda.app.port.SegmentColumn.Kind;
import org.caravanqda.app.tables.Analysis;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.AttributeValue;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Timecode;

/**
 * The segments table, one row per coding: document, its attributes, speaker, the recording's time
 * of the unit where it starts, code and path
 * (whole and per level), coder, offsets, coded text (with context words when asked), memo,
 * creation time and the coding's id. The same columns in Excel and CSV.
 */
final class SegmentRows {
    /** The column with the recording's time (hh:mm:ss) of the unit where a coding starts; empty when unknown. */
    static final String TIME = "time";

    private final CodeIndex codes;
    private final Map<String, AttributeType> attributes;
    private final Map<Long, List<AttributeValue>> values;
    private final int contextWords;
    private final int levels;
    private final UnaryOperator<String> names;

    /** {@code names} rewrites code names, coders and attribute names (the pseudonym list; identity without one). */
    SegmentRows(
            CodeIndex codes,
            Map<String, AttributeType> attributes,
            Map<Long, List<AttributeValue>> values,
            int contextWords,
            UnaryOperator<String> names) {
        this.names = names;
        this.codes = codes;
        this.attributes = attributes;
        this.values = values;
        this.contextWords = contextWords;
        this.levels = Math.max(1, codes.maxDepth());
    }

    List<SegmentColumn> columns() {
        List<SegmentColumn> out = new ArrayList<>();
        out.add(new SegmentColumn("document", Kind.LABEL));
        attributes.forEach((name, type) -> out.add(new SegmentColumn(names.apply(name), kindOf(type))));
        out.add(new SegmentColumn("speaker", Kind.LABEL));
        out.add(new SegmentColumn(TIME, Kind.LABEL));
        out.add(new SegmentColumn("code", Kind.LABEL));
        out.add(new SegmentColumn("code path", Kind.LABEL));
        for (int l = 1; l <= levels; l++) {
            out.add(new SegmentColumn("level " + l, Kind.LABEL));
        }
        out.add(new SegmentColumn("coder", Kind.LABEL));
        out.add(new SegmentColumn("start", Kind.NUMBER));
        out.add(new SegmentColumn("end", Kind.NUMBER));
        if (contextWords > 0) {
            out.add(new SegmentColumn("context before", Kind.TEXT));
        }
        out.add(new SegmentColumn("coded text", Kind.TEXT));
        if (contextWords > 0) {
            out.add(new SegmentColumn("context after", Kind.TEXT));
        }
        out.add(new SegmentColumn("memo", Kind.TEXT));
        out.add(new SegmentColumn("created (UTC)", Kind.TIME));
        out.add(new SegmentColumn("coding id", Kind.NUMBER));
        return out;
    }

    private static Kind kindOf(AttributeType type) {
        return switch (type) {
            case NUMBER -> Kind.NUMBER;
            case DATE -> Kind.DATE;
            case BOOLEAN -> Kind.FLAG;
            case TEXT -> Kind.LABEL;
        };
    }

    void emit(CodedDocument doc, Consumer<List<Object>> sink) {
        emit(doc, new UnitIndex(doc.units()), sink);
    }

    /** As above with the document's units already indexed (rows of one document emitted a few at a time). */
    void emit(CodedDocument doc, UnitIndex units, Consumer<List<Object>> sink) {
        List<Object> attributeCells = new ArrayList<>();
        attributes.keySet().forEach(name -> attributeCells.add(Analysis.value(values, doc.id(), name)));
        for (Coding c : doc.codings()) {
            CodePath path = codes.path(codes.indexOf(c.codeId()));
            List<Object> row = new ArrayList<>(16 + attributeCells.size() + levels);
            row.add(doc.name());
            row.addAll(attributeCells);
            row.add(units.speakerAt(c.start(), c.end()));
            row.add(Timecode.format(units.startMsAt(c.start(), c.end())));
            List<String> written = path.names().stream().map(names).toList();
            row.add(written.get(written.size() - 1));
            row.add(String.join(
                    CodePath.SEPARATOR, written.stream().map(CodePath::escape).toList()));
            for (int l = 0; l < levels; l++) {
                row.add(l < written.size() ? written.get(l) : null);
            }
            row.add(names.apply(c.coder()));
            row.add(c.start());
            row.add(c.end());
            if (contextWords > 0) {
                row.add(ContextWords.before(doc.text(), c.start(), contextWords));
            }
            row.add(doc.text().substring(c.start(), c.end()));
            if (contextWords > 0) {
                row.add(ContextWords.after(doc.text(), c.end(), contextWords));
            }
            row.add(c.memo());
            row.add(c.createdAt());
            row.add(c.id());
            sink.accept(row);
        }
    }
}
