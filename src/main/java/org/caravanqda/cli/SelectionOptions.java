package org.caravanqda.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.Selection;
import picocli.CommandLine.Option;

/** --coder, --documents and --query, shared by table and export. */
final class SelectionOptions {
    @Option(
            names = "--coder",
            split = ",",
            paramLabel = "NAME",
            description = "only codings by this coder (repeat or comma-separate for several)")
    List<String> coders = new ArrayList<>();

    @Option(
            names = {"--documents", "--document"},
            split = ",",
            paramLabel = "NAME",
            description = "only these documents (names with or without extension, comma-separated)")
    List<String> documents = new ArrayList<>();

    @Option(
            names = "--query",
            paramLabel = "Q",
            description = "only the coded segments this search query finds" + " (Lucene syntax, as in caravan search)")
    String query;

    Selection selection(Project project, PrintWriter warnings) {
        return selection(project, coders, documents, query, warnings);
    }

    /**
     * The codings a table or export covers: by coder, document, and the segments a query finds. A
     * query naming a code, document, speaker, coder or case the project lacks is said on
     * {@code warnings} with the nearest names, as {@code search} says it.
     */
    static Selection selection(
            Project project, List<String> coders, List<String> documents, String query, PrintWriter warnings) {
        Selection base = Selection.of(new HashSet<>(coders), documents);
        if (query == null) {
            return base;
        }
        project.search().unknownNames(query).forEach(w -> warnings.println("caravan: warning: " + w));
        Set<Long> ids = project.search().codingIds(query);
        return base.withSegments(c -> ids.contains(c.id()), "query: " + query);
    }
}
