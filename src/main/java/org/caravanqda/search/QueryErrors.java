package org.caravanqda.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;

/** Turns the parser's long message into one line that says what is wrong and points at it (>>>). */
final class QueryErrors {
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private QueryErrors() {}

    static String explain(String query, ParseException e) {
        // QueryParser wraps the generated exception (or a TokenMgrError) in its own
        Throwable inner = e.getCause() != null ? e.getCause() : e;
        if (inner instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            if (next.kind == QueryParserConstants.EOF) {
                return "the query ends too early (an unclosed bracket or quote, or an operator with nothing after it): "
                        + query + " >>>";
            }
            // the classic parser's token columns count from 0
            return "unexpected '" + next.image + "' at column " + (next.beginColumn + 1) + ": "
                    + pointAt(query, next.beginColumn + 1);
        }
        String message = inner.getMessage() == null ? "invalid query" : inner.getMessage();
        if (inner.getClass().getSimpleName().equals("TokenMgrError")) {
            Matcher m = COLUMN.matcher(message);
            return "cannot read the query"
                    + (m.find()
                            ? " at column " + m.group(1) + ": " + pointAt(query, Integer.parseInt(m.group(1)))
                            : ": " + query)
                    + " (an unclosed quote?)";
        }
        // our own messages (unknown field, bad range bound) are already one clear line
        String own = message.replaceFirst("^Cannot parse '.*?': ", "");
        return own.lines().findFirst().orElse(own);
    }

    private static String pointAt(String query, int column) {
        int at = Math.max(0, Math.min(query.length(), column - 1));
        return query.substring(0, at) + ">>>" + query.substring(at);
    }
}
