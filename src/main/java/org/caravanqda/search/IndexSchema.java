package org.caravanqda.search;

import java.util.List;
import java.util.Locale;
import org.caravanqda.model.Languages;

/**
 * Field names of the index and its schema version. Bump {@link #VERSION} whenever fields or
 * analysis change: an index of another version is rebuilt from the store.
 */
final class IndexSchema {
    static final int VERSION = 12;
    static final List<String> LANGUAGES = Languages.SUPPORTED;

    static final String KIND = "kind";
    static final String DOC_KEY = "docKey";
    static final String DOC_ID = "docId";
    static final String START = "start";
    static final String END = "end";
    static final String LANG = "lang";
    static final String DOC = "doc";
    static final String TEXT = "text";
    static final String EXACT = "exact";
    /** Query-only field: the text field with every lemma a word form can belong to (Russian быть for бывший). */
    static final String WIDE = "wide";

    static final String CODE = "code";
    static final String SPEAKER = "speaker";
    static final String CODER = "coder";
    static final String CASE = "case";
    static final String MEMO = "memo";
    static final String ATTR = "attr.";
    static final String STORED_CODES = "codes";
    static final String STORED_SPEAKER = "speakerName";
    static final String STORED_CODER = "coderName";
    static final String STORED_DOC = "docName";
    static final String EXCERPT = "excerpt";
    static final String CODING_ID = "codingId";

    /** Fields a user may name in a query, besides attr.NAME. */
    static final List<String> QUERY_FIELDS = List.of(TEXT, EXACT, WIDE, CODE, DOC, SPEAKER, CODER, CASE, MEMO);

    static final String KIND_SEGMENT = "segment";
    static final String KIND_UNIT = "unit";
    static final String KIND_DOCUMENT = "document";

    private IndexSchema() {}

    /** Each language has its own text field, analysed with its own analyzer at index and query time. */
    static String textField(String language) {
        return TEXT + "." + (LANGUAGES.contains(language) ? language : Languages.OTHER);
    }

    static boolean isTextField(String field) {
        return LANGUAGES.stream().anyMatch(l -> textField(l).equals(field));
    }

    static String attrField(String attribute) {
        return ATTR + attribute.toLowerCase(Locale.ROOT);
    }

    static boolean isKeywordField(String field) {
        return field.equals(CODE)
                || field.equals(DOC)
                || field.equals(SPEAKER)
                || field.equals(CODER)
                || field.equals(CASE)
                || field.equals(KIND)
                || field.startsWith(ATTR);
    }
}
