package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.search.QueryExpansion;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "search",
        description = "Search coded segments, turns/paragraphs or documents with Lucene syntax over"
                + " text, exact, wide, code, doc, speaker, coder, case, memo and attr.NAME."
                + " --explain lists on stderr the stems or lemmas each field searched and the forms they matched.")
final class SearchCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "QUERY", description = "e.g. 'code:\"Exit as voice\" AND text:(протест OR молчать)'")
    String query;

    @Option(names = "--in", defaultValue = "segments", description = "segments (default), units or documents")
    String scope;

    @Option(names = "--limit", defaultValue = "20", description = "hits to show (default: 20)")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    @Option(
            names = "--explain",
            description = "also print on stderr, per language, the stems or lemmas the query words became and the"
                    + " word forms of this project they matched (stdout is unchanged)")
    boolean explain;

    SearchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.openForReading(project.dir)) {
            SearchHits r = p.search().search(query, SearchScope.parse(scope), limit, true);
            // a mistyped name is said on stderr (stdout, JSON included, stays the answer)
            p.search().unknownNames(query).forEach(w -> ctx.err().println("caravan: warning: " + w));
            if (explain) {
                explain(p.search().explain(query));
            }
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("total", r.total());
                m.put("hits", r.hits().stream().map(SearchCommand::json).toList());
                ctx.out().println(Json.write(m));
            } else {
                print(r);
            }
        }
        return 0;
    }

    private void print(SearchHits r) {
        ctx.out()
                .println(r.total() + " hits"
                        + (r.total() > r.hits().size() ? ", showing " + r.hits().size() : ""));
        for (SearchHit h : r.hits()) {
            ctx.out().println();
            ctx.out()
                    .println(h.document() + " [" + h.start() + "-" + h.end() + "]"
                            + (h.speaker() == null ? "" : " " + h.speaker())
                            + (h.codes().isEmpty() ? "" : "  {" + String.join("; ", h.codes()) + "}"));
            boolean marked = h.snippet() != null && h.snippet().contains("**");
            ctx.out().println("  " + (marked ? h.snippet() : oneLine(h.text())));
        }
        ctx.out().flush();
    }

    /** On stderr, so scripts reading stdout see the same output with and without --explain. */
    private void explain(List<QueryExpansion> expansions) {
        java.io.PrintWriter err = ctx.err();
        err.println("explain: what each field searched (stems or lemmas) and the forms it matched in this project");
        if (expansions.isEmpty()) {
            err.println("  (no searchable words)");
        }
        // the fields that found nothing (languages the project barely holds) share one line per searched
        // terms, after those that found forms, so the answer is not lost among five empty languages
        Map<String, List<String>> empty = new LinkedHashMap<>();
        for (QueryExpansion e : expansions) {
            String terms = String.join(", ", e.terms());
            if (e.forms().isEmpty()) {
                empty.computeIfAbsent(terms, t -> new java.util.ArrayList<>()).add(fieldName(e.field()));
            } else {
                err.println("  " + fieldName(e.field()) + ": " + terms);
                err.println("    forms found: " + String.join(", ", e.forms()));
            }
        }
        empty.forEach(
                (terms, fields) -> err.println("  " + String.join("; ", fields) + ": " + terms + " (no forms found)"));
        err.flush();
    }

    /** text.kk → "text (Kazakh)"; other fields as they are. */
    private static String fieldName(String field) {
        if (!field.startsWith("text.")) {
            return field;
        }
        String lang = field.substring("text.".length());
        String name = switch (lang) {
            case "ru" -> "Russian";
            case "en" -> "English";
            case "kk" -> "Kazakh";
            case "ky" -> "Kyrgyz";
            case "uz" -> "Uzbek";
            default -> "other languages";
        };
        return "text (" + name + ")";
    }

    static Map<String, Object> json(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", h.document());
        m.put("start", h.start());
        m.put("end", h.end());
        m.put("speaker", h.speaker());
        m.put("codes", h.codes() == null ? List.of() : h.codes());
        m.put("coder", h.coder() == null || h.coder().isEmpty() ? null : h.coder());
        m.put("text", h.text());
        m.put("snippet", h.snippet());
        m.put("score", h.score());
        return m;
    }

    private static String oneLine(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
    }
}
