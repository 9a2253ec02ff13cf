package org.caravanqda.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;

/** Turns the parser's long message into one line that points at the problem in the query. */
final class QueryErrors {
    private static final Pattern COLUMN = Pattern.compile("line \\d+, column (\\d+)");

    private QueryErrors() {
    }

    static String explain(String query, ParseException e) {
        String message = e.getMessage() == null ? "invalid query" : e.getMessage();
        if (e.currentToken == null) {
            // our own messages (unknown field, bad range bound) are already one clear line
            String own = message.replaceFirst("^Cannot parse '.*?': ", "");
            return own.lines().findFirst().orElse(own);
        }
        Matcher m = COLUMN.matcher(message);
        String found = message.lines().findFirst().orElse("").replaceFirst("^Cannot parse '.*?': ", "");
        if (m.find()) {
            int col = Integer.parseInt(m.group(1));
            int at = Math.max(0, Math.min(query.length(), col - 1));
            return found.replaceAll("\\s+at line \\d+, column \\d+\\.?", "") + " at column " + col + ": "
                    + query.substring(0, at) + " >>>" + query.substring(at);
        }
        if (message.contains("Encountered \"<EOF>\"")) {
            return "the query ends too early (an open quote, bracket or operator?): " + query;
        }
        return found;
    }
}
