package org.caravanqda.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.DocumentNames;

/** Turns one stored document into its Lucene entries: one per segment, one per unit, one for the document. */
final class LuceneDocuments {
    /**
     * The language-analysed text: positions (phrases) and the stored value (snippets), no offsets. Offsets in the
     * postings cost about a tenth of the indexing time of an import; the highlighter finds them instead by analysing
     * again only the values it shows (the top hits, a few hundred words each).
     */
    static final FieldType TEXT_STORED = textType(true, false);
    /** exact and memo: positions only, no norms either (BM25's length normalisation is kept for text.LANG). */
    static final FieldType TEXT_UNSTORED = textType(false, true);

    static final int EXCERPT_LENGTH = 240;

    private LuceneDocuments() {}

    private static FieldType textType(boolean stored, boolean omitNorms) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setOmitNorms(omitNorms);
        t.setStored(stored);
        t.freeze();
        return t;
    }

    static List<Document> of(IndexedDocument d) {
        List<Document> out = new ArrayList<>();
        for (IndexedDocument.Segment s : d.segments()) {
            Document doc = base(d, IndexSchema.KIND_SEGMENT, s.start(), s.end());
            doc.add(new NumericDocValuesField(IndexSchema.CODING_ID, s.codingId()));
            text(doc, d, List.of(d.text().substring(s.start(), s.end())));
            codes(doc, List.of(s.code()));
            named(doc, IndexSchema.CODER, IndexSchema.STORED_CODER, List.of(s.coder()));
            named(
                    doc,
                    IndexSchema.SPEAKER,
                    IndexSchema.STORED_SPEAKER,
                    s.speaker() == null ? List.of() : List.of(s.speaker()));
            if (s.memo() != null) {
                doc.add(new Field(IndexSchema.MEMO, s.memo(), TEXT_UNSTORED));
            }
            out.add(doc);
        }
        for (IndexedDocument.Unit u : d.units()) {
            Document doc = base(d, IndexSchema.KIND_UNIT, u.start(), u.end());
            text(doc, d, List.of(d.text().substring(u.start(), u.end())));
            codes(doc, u.codes());
            named(doc, IndexSchema.CODER, IndexSchema.STORED_CODER, u.coders());
            named(
                    doc,
                    IndexSchema.SPEAKER,
                    IndexSchema.STORED_SPEAKER,
                    u.speaker() == null ? List.of() : List.of(u.speaker()));
            out.add(doc);
        }
        out.add(whole(d));
        return out;
    }

    /**
     * The document entry: names, codes, coders, speakers, attributes and a short excerpt. Its
     * text is not indexed again: document-scope text conditions join from the unit entries
     * ({@link DocumentScope}), so each turn is analysed and inverted once.
     */
    private static Document whole(IndexedDocument d) {
        Document doc = base(d, IndexSchema.KIND_DOCUMENT, 0, d.text().length());
        doc.add(new StoredField(IndexSchema.EXCERPT, excerpt(d.text())));
        Set<String> codes = new LinkedHashSet<>();
        Set<String> coders = new LinkedHashSet<>();
        Set<String> speakers = new LinkedHashSet<>();
        d.segments().forEach(s -> {
            codes.add(s.code());
            coders.add(s.coder());
        });
        d.units().stream().filter(u -> u.speaker() != null).forEach(u -> speakers.add(u.speaker()));
        codes(doc, List.copyOf(codes));
        named(doc, IndexSchema.CODER, IndexSchema.STORED_CODER, List.copyOf(coders));
        keyword(doc, IndexSchema.SPEAKER, List.copyOf(speakers));
        if (d.memo() != null) {
            doc.add(new Field(IndexSchema.MEMO, d.memo(), TEXT_UNSTORED));
        }
        return doc;
    }

    static String excerpt(String text) {
        String t = text.strip();
        return t.length() <= EXCERPT_LENGTH ? t : t.substring(0, EXCERPT_LENGTH).strip() + " …";
    }

    /** Entries are replaced and deleted by their document's key, so they need no id of their own. */
    private static Document base(IndexedDocument d, String kind, int start, int end) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.KIND, kind, Field.Store.NO));
        doc.add(new StringField(IndexSchema.DOC_KEY, Long.toString(d.id()), Field.Store.NO));
        // doc values of the same key: document-scope queries join unit entries to documents by it
        doc.add(new SortedDocValuesField(IndexSchema.DOC_KEY, new BytesRef(Long.toString(d.id()))));
        doc.add(new StoredField(IndexSchema.DOC_ID, d.id()));
        doc.add(new StoredField(IndexSchema.START, start));
        doc.add(new StoredField(IndexSchema.END, end));
        doc.add(new StoredField(IndexSchema.LANG, d.language()));
        keyword(doc, IndexSchema.DOC, List.of(d.name(), DocumentNames.withoutExtension(d.name())));
        doc.add(new StoredField(IndexSchema.STORED_DOC, d.name()));
        keyword(doc, IndexSchema.CASE, d.cases());
        attributes(doc, d.attributes());
        return doc;
    }

    private static void text(Document doc, IndexedDocument d, List<String> values) {
        for (String v : values) {
            for (Field f : TapedFields.of(
                    IndexSchema.textField(d.language()), IndexSchema.EXACT, v, TEXT_STORED, TEXT_UNSTORED)) {
                doc.add(f);
            }
        }
    }

    /** A coding's code is found by its path, its name, and every ancestor's path and name. */
    private static void codes(Document doc, List<String> paths) {
        Set<String> terms = new LinkedHashSet<>();
        for (String p : paths) {
            CodePath path = CodePath.parse(p);
            for (int n = path.depth(); n >= 1; n--) {
                terms.add(new CodePath(path.names().subList(0, n)).toString());
                terms.add(path.names().get(n - 1));
            }
            doc.add(new StoredField(IndexSchema.STORED_CODES, p));
        }
        terms.forEach(t -> doc.add(new TextField(IndexSchema.CODE, t, Field.Store.NO)));
    }

    /** Names (codes, speakers, coders, documents) are searched whole and case-folded. */
    private static void keyword(Document doc, String field, List<String> values) {
        values.forEach(v -> doc.add(new TextField(field, v, Field.Store.NO)));
    }

    private static void stored(Document doc, String field, List<String> values) {
        values.forEach(v -> doc.add(new StoredField(field, v)));
    }

    private static void named(Document doc, String field, String storedField, List<String> values) {
        keyword(doc, field, values);
        stored(doc, storedField, values);
    }

    private static void attributes(Document doc, Map<String, Object> attributes) {
        attributes.forEach((name, value) -> {
            String field = IndexSchema.attrField(name);
            if (value instanceof Double n) {
                doc.add(new DoublePoint(field, n));
            } else if (value instanceof LocalDate date) {
                doc.add(new LongPoint(field, date.toEpochDay()));
            } else {
                doc.add(new TextField(field, String.valueOf(value), Field.Store.NO));
            }
        });
    }
}
