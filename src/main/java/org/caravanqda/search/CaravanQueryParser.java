package org.caravanqda.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.caravanqda.model.AttributeType;

/**
 * Lucene's classic syntax over Caravan's fields. {@code text:} expands to the text field of
 * every language (each analysed with its own analyzer); {@code attr.NAME} ranges read numbers
 * and dates by the attribute's type; unknown fields are refused by name.
 */
final class CaravanQueryParser extends QueryParser {
    private final Map<String, AttributeType> attributeTypes;
    private final Analyzer wideAnalyzer;
    private List<String> languages = IndexSchema.LANGUAGES;
    private boolean wide;

    /**
     * Query words are analysed with {@code analyzer.queries()}; words of the {@code wide:} field with the index-side
     * analyzer itself, which searches every lemma a word form can belong to.
     */
    CaravanQueryParser(FieldAnalyzer analyzer, Map<String, AttributeType> attributeTypes) {
        this(analyzer.queries(), analyzer, attributeTypes);
    }

    CaravanQueryParser(Analyzer analyzer, Map<String, AttributeType> attributeTypes) {
        this(analyzer, analyzer, attributeTypes);
    }

    private CaravanQueryParser(Analyzer analyzer, Analyzer wideAnalyzer, Map<String, AttributeType> attributeTypes) {
        super(IndexSchema.TEXT, analyzer);
        this.wideAnalyzer = wideAnalyzer;
        this.attributeTypes = new java.util.HashMap<>();
        attributeTypes.forEach((k, v) -> this.attributeTypes.put(k.toLowerCase(Locale.ROOT), v));
        setAllowLeadingWildcard(true);
        setSplitOnWhitespace(true);
    }

    /**
     * {@code text:} expands to these languages' fields only (of {@link IndexSchema#LANGUAGES}, in its order): a clause
     * on a field no document has matches nothing and adds nothing to a score, but analysing the word for it loads that
     * language's lexicons, a tenth of a command-line search's time for Kazakh and Kyrgyz alone.
     */
    CaravanQueryParser expandingTo(java.util.Collection<String> present) {
        this.languages =
                IndexSchema.LANGUAGES.stream().filter(present::contains).toList();
        return this;
    }

    /**
     * The deepest a query may nest brackets. The generated parser recurses once per bracket, and a
     * 5,000-deep query overflowed the stack (issue #22); no real query nests more than a few.
     */
    static final int MAX_NESTING = 100;

    /** Refuses a query nested deeper than {@link #MAX_NESTING} before the recursive parser sees it. */
    @Override
    public Query parse(String query) throws ParseException {
        int depth = nesting(query);
        if (depth > MAX_NESTING) {
            throw new ParseException(
                    "the query nests brackets " + depth + " levels deep; at most " + MAX_NESTING + " are allowed");
        }
        return super.parse(query);
    }

    /** The deepest bracket nesting outside quotes; a backslash escapes the next character, as in the syntax. */
    static int nesting(String query) {
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
            throws ParseException {
        return super.newFieldQuery(wide ? wideAnalyzer : analyzer, field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (field.equals(IndexSchema.WIDE)) {
            wide = true;
            try {
                return getFieldQuery(IndexSchema.TEXT, text, quoted);
            } finally {
                wide = false;
            }
        }
        AttributeType type = attributeType(field);
        if (type == AttributeType.NUMBER || type == AttributeType.DATE) {
            return getRangeQuery(field, text, text, true, true);
        }
        if (type == AttributeType.BOOLEAN) { // attr.returned:yes (or да) on a true/false column
            Boolean b = org.caravanqda.analysis.AttributeTyping.bool(text.strip());
            if (b != null) {
                return perLanguage(field, f -> super.getFieldQuery(f, b.toString(), quoted));
            }
        }
        return perLanguage(field, f -> super.getFieldQuery(f, text, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        if (field.equals(IndexSchema.WIDE)) {
            wide = true;
            try {
                return getFieldQuery(IndexSchema.TEXT, text, slop);
            } finally {
                wide = false;
            }
        }
        return perLanguage(field, f -> super.getFieldQuery(f, text, slop));
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        return perLanguage(field, f -> super.getPrefixQuery(f, text));
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        return perLanguage(field, f -> super.getWildcardQuery(f, text));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
        return perLanguage(field, f -> super.getFuzzyQuery(f, text, similarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        return perLanguage(field, f -> super.getRegexpQuery(f, text));
    }

    @Override
    protected Query getRangeQuery(String field, String low, String high, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        AttributeType type = attributeType(field);
        String f = fieldName(field);
        if (type == AttributeType.NUMBER) {
            double lo = open(low) ? Double.NEGATIVE_INFINITY : number(field, low);
            double hi = open(high) ? Double.POSITIVE_INFINITY : number(field, high);
            return DoublePoint.newRangeQuery(
                    f, startInclusive ? lo : Math.nextUp(lo), endInclusive ? hi : Math.nextDown(hi));
        }
        if (type == AttributeType.DATE) {
            long lo = open(low) ? Long.MIN_VALUE : date(field, low);
            long hi = open(high) ? Long.MAX_VALUE : date(field, high);
            return LongPoint.newRangeQuery(f, startInclusive ? lo : lo + 1, endInclusive ? hi : hi - 1);
        }
        return perLanguage(field, g -> super.getRangeQuery(g, low, high, startInclusive, endInclusive));
    }

    @FunctionalInterface
    private interface FieldQuery {
        Query build(String field) throws ParseException;
    }

    /** text: (and wide:) becomes one clause per language field; other fields are checked and passed through. */
    private Query perLanguage(String field, FieldQuery build) throws ParseException {
        if (!field.equals(IndexSchema.TEXT) && !field.equals(IndexSchema.WIDE)) {
            return build.build(fieldName(field));
        }
        List<Query> clauses = clauses(languages, build);
        if (clauses.isEmpty() && languages.size() < IndexSchema.LANGUAGES.size()) {
            // a word whose analysis came out empty in every language held but perhaps not in the others: over every
            // language, as it always was, so that it keeps a clause rather than vanishing from an AND
            clauses = clauses(IndexSchema.LANGUAGES, build);
        }
        if (clauses.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    private static List<Query> clauses(List<String> languages, FieldQuery build) throws ParseException {
        List<Query> clauses = new ArrayList<>();
        for (String lang : languages) {
            Query q = build.build(IndexSchema.textField(lang));
            if (q != null) {
                clauses.add(q);
            }
        }
        return clauses;
    }

    /** The index field for a query field; unknown fields get a message listing the known ones. */
    private String fieldName(String field) throws ParseException {
        if (field.startsWith(IndexSchema.ATTR)) {
            String name = field.substring(IndexSchema.ATTR.length()).toLowerCase(Locale.ROOT);
            if (!attributeTypes.containsKey(name)) {
                throw new ParseException("unknown attribute '" + field.substring(IndexSchema.ATTR.length())
                        + "' (attributes: "
                        + String.join(
                                ", ", attributeTypes.keySet().stream().sorted().toList()) + ")");
            }
            return IndexSchema.ATTR + name;
        }
        if (IndexSchema.isTextField(field)) {
            return field; // already expanded from text: (the slop variant re-enters getFieldQuery)
        }
        if (!IndexSchema.QUERY_FIELDS.contains(field)) {
            throw new ParseException("unknown field '" + field + "' (fields: "
                    + String.join(", ", IndexSchema.QUERY_FIELDS) + ", attr.NAME)");
        }
        return field;
    }

    private AttributeType attributeType(String field) throws ParseException {
        if (!field.startsWith(IndexSchema.ATTR)) {
            return null;
        }
        fieldName(field);
        return attributeTypes.get(field.substring(IndexSchema.ATTR.length()).toLowerCase(Locale.ROOT));
    }

    private static boolean open(String bound) {
        return bound == null || bound.equals("*");
    }

    private static double number(String field, String v) throws ParseException {
        try {
            return Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ParseException(field + " is a number attribute: '" + v + "' is not a number");
        }
    }

    private static long date(String field, String v) throws ParseException {
        try {
            return LocalDate.parse(v).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new ParseException(field + " is a date attribute: write dates as YYYY-MM-DD, not '" + v + "'");
        }
    }
}
