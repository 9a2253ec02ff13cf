package org.caravanqda.app.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.DocumentNames;
import org.caravanqda.model.Suggestions;

/**
 * The names a query asks for (code:, doc:, speaker:, coder:, case:) that the project does not have,
 * each with the nearest names it does have: a mistyped name would otherwise be a silent "0 hits".
 * Wildcards, fuzzy terms, ranges and regular expressions are not checked.
 */
public final class QueryNames {
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])(code|doc|speaker|coder|case):(\"((?:[^\"\\\\]|\\\\.)*)\"|((?:[^\\s()\"\\\\]|\\\\.)+))",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> WHAT =
            Map.of("code", "code", "doc", "document", "speaker", "speaker", "coder", "coder", "case", "case");

    private QueryNames() {}

    /** The names of each field the project has: what an index term of that field can be. */
    public static Map<String, Collection<String>> known(StoreSession s) {
        Map<String, Collection<String>> m = new LinkedHashMap<>();
        Codebook book = s.codes().codebook();
        List<String> codes = new ArrayList<>();
        for (Code c : book.codes()) {
            codes.add(book.path(c).toString());
            codes.add(c.name());
        }
        m.put("code", codes);
        List<String> docs = new ArrayList<>();
        Set<String> speakers = new java.util.TreeSet<>();
        s.documents().summaries().forEach(d -> {
            docs.add(d.name());
            docs.add(DocumentNames.withoutExtension(d.name()));
            speakers.addAll(d.speakers());
        });
        m.put("doc", docs);
        m.put("speaker", speakers);
        m.put("coder", s.coders().all().stream().map(c -> c.name()).toList());
        m.put("case", s.cases().all().stream().map(c -> c.name()).toList());
        return m;
    }

    /** One line per name the query asks for that is not among {@code known}, with the nearest ones. */
    public static List<String> unknown(String query, Map<String, Collection<String>> known) {
        List<String> out = new ArrayList<>();
        Set<String> said = new HashSet<>();
        Matcher m = NAMED.matcher(query);
        while (m.find()) {
            String field = m.group(1).toLowerCase(Locale.ROOT);
            boolean quoted = m.group(3) != null;
            String raw = quoted ? m.group(3) : m.group(4);
            if (!quoted && (raw.contains("*") || raw.contains("?") || raw.startsWith("/") || raw.contains("~"))
                    || raw.startsWith("[")
                    || raw.startsWith("{")
                    || quoted && query.startsWith("~", m.end())) {
                continue;
            }
            String name = unescape(raw).strip();
            Collection<String> names = known.getOrDefault(field, List.of());
            if (name.isEmpty() || contains(names, name) || !said.add(field + ":" + name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> near = Suggestions.closest(name, new java.util.TreeSet<>(names), 3);
            String what = WHAT.get(field);
            out.add("no " + what + " named '" + name + "'"
                    + (names.isEmpty()
                            ? " (the project has no " + what + "s)"
                            : near.isEmpty() ? "" : "; nearest: " + String.join(", ", near)));
        }
        return out;
    }

    private static boolean contains(Collection<String> names, String name) {
        // index terms are case-folded names
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    /** Lucene's escapes: a backslash keeps the next character. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }
}
