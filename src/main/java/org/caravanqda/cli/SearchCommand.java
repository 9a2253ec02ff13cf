package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
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
                + " text, exact, code, doc, speaker, coder, case, memo and attr.NAME.")
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

    SearchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            SearchHits r = p.search().search(query, SearchScope.parse(scope), limit, true);
            // a mistyped name is said on stderr (stdout, JSON included, stays the answer)
            p.search().unknownNames(query).forEach(w -> ctx.err().println("caravan: warning: " + w));
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
